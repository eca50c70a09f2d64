package se.larteam;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import se.larteam.program.ProgramLinks;
import se.larteam.testing.Browser;
import se.larteam.testing.HttpTest;
import se.larteam.testing.World;
import se.larteam.user.TestAccounts;

class ScratchScreensTest extends HttpTest {
    @Test
    void screens() throws Exception {
        World world = World.create(users, programs, teams);
        String email = users.profile(world.a().organiser()).email();
        try (Browser browser = Browser.start()) {
            var driver = browser.driver();
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1100));
            driver.get(url("/").toString());
            browser.submitLogin(email, TestAccounts.PASSWORD);
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Mina lärteam"));
            for (String path : System.getProperty("scratch.paths", "").split(",")) {
                if (path.isBlank()) continue;
                String real = path.replace("PROGRAM", world.a().program().value()).replace("TEAM", world.a().team().value());
                driver.get(url("/" + real).toString());
                Thread.sleep(2500);
                browser.screenshot("scratch-" + path.replaceAll("[^a-z]", "_"));
            }
        }
    }
}
