package se.larteam;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import se.larteam.testing.Browser;
import se.larteam.testing.HttpTest;
import se.larteam.testing.World;
import se.larteam.user.TestAccounts;

/**
 * A new user in a real browser: the Swedish login page, a wrong password, the right one, and "Mina lärteam".
 * Leaves screenshots in {@code target/screenshots}.
 */
class BrowserTest extends HttpTest {

    @Test
    void aMemberSignsInAndSeesTheirTeams() throws Exception {
        World world = World.create(users, programs, teams);
        String email = users.profile(world.a().member()).email();
        try (Browser browser = Browser.start()) {
            var driver = browser.driver();
            var wait = browser.waiting();

            driver.get(url("/").toString());
            wait.until(ExpectedConditions.urlContains("/login"));
            wait.until(ExpectedConditions.elementToBeClickable(By.name("username")));
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
            browser.screenshot("login");

            browser.submitLogin(email, "fel-lösenord");
            wait.until(ExpectedConditions.urlContains("/login?error"));
            wait.until(d -> d.findElement(By.tagName("vaadin-login-form")).getText().contains("Fel e-postadress"));

            browser.submitLogin(email, TestAccounts.PASSWORD);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Mina lärteam"));
            wait.until(d -> browser.mainText().contains("Lärteam A"));
            assertThat(browser.mainText()).contains("Program A").contains("Deltagare");
            assertThat(driver.getTitle()).isEqualTo("Mina lärteam – Lärteam");
            browser.screenshot("my-teams-member");
        }
    }
}
