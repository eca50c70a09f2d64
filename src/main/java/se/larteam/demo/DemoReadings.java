package se.larteam.demo;

import java.util.List;

import se.larteam.program.ProgramId;
import se.larteam.reading.Evidence;
import se.larteam.reading.ReadingDraft;
import se.larteam.reading.ReadingId;
import se.larteam.reading.ReadingKind;
import se.larteam.reading.ReadingService;
import se.larteam.team.TeamId;
import se.larteam.user.UserId;

/**
 * The demo program's research library: well-known Swedish and international texts on collegial learning and
 * school leadership, each marked as research (vetenskaplig grund) or proven experience (beprövad erfarenhet), with
 * a team's summary and discussion questions; and a few readings of the teams' own. Summaries are written for the
 * demo, not quoted. No attachments: the demo needs no files.
 */
final class DemoReadings {

    private DemoReadings() {
    }

    static void load(ReadingService readings, ProgramId program, UserId organiser, UserId processLeader, TeamId norr,
            TeamId soder) {
        library(readings, program, organiser);
        ReadingId ownNorr = readings.addToTeam(processLeader, norr, new ReadingDraft(
                "Vad vi lärde oss av lektionsbesöken i höstas", List.of("Lärteam Norr"), 2025, ReadingKind.PRESENTATION,
                "Lärteamets egen sammanställning", "", "", "sv",
                "Våra egna iakttagelser från tolv lektionsbesök: återkopplingen till eleverna var tydligast där lärarna "
                        + "hade planerat den tillsammans.",
                List.of("undervisning", "kollegialt lärande", "lektionsbesök"), Evidence.PROVEN_EXPERIENCE,
                List.of("Vilka mönster ser vi över skolorna?", "Vad vill vi pröva till nästa träff?")));
        readings.addNote(processLeader, ownNorr, null, "Vi tar upp den här på träffen i februari.");
        readings.addToTeam(processLeader, soder, new ReadingDraft("Förskolans systematiska kvalitetsarbete",
                List.of("Skolverket"), 2015, ReadingKind.REPORT, "Skolverket", "", "https://www.skolverket.se/", "sv",
                "Skolverkets stöd för förskolans kvalitetsarbete: att följa upp, analysera och utveckla "
                        + "utbildningen tillsammans.",
                List.of("förskola", "systematiskt kvalitetsarbete"), Evidence.PROVEN_EXPERIENCE,
                List.of("Hur ser analysen ut i våra förskolor i dag?")));
        ReadingId shared = readings.addToTeam(processLeader, norr, new ReadingDraft(
                "Kollegial handledning som utvecklingspraktik", List.of("Langelotz, Lill"), 2014, ReadingKind.THESIS,
                "Göteborgs universitet", "", "", "sv",
                "En avhandling om hur lärare i en kollegial handledningsgrupp formar sin bild av vad en skicklig lärare "
                        + "är, och om hur handledningen både öppnar och begränsar vad som går att säga.",
                List.of("kollegialt lärande", "skolutveckling"), Evidence.RESEARCH,
                List.of("När blir kollegialt lärande ett sätt att anpassa sig snarare än att utvecklas?",
                        "Hur skapar vi utrymme för olika röster i våra lärteam?")));
        readings.share(processLeader, shared);
    }

    private static void library(ReadingService readings, ProgramId program, UserId organiser) {
        add(readings, program, organiser, "Det professionella lärandets inneboende kraft", List.of("Timperley, Helen"),
                2013, ReadingKind.BOOK_CHAPTER, "Studentlitteratur", "", Evidence.RESEARCH,
                "Timperley beskriver lärares professionella lärande som cykler av undersökande och kunskapsbyggande, "
                        + "som alltid utgår från elevernas behov och prövas mot vad eleverna faktiskt lär sig.",
                List.of("kollegialt lärande", "skolutveckling", "undervisning"),
                List.of("Vilka elevbehov utgår vårt kollegiala lärande från i dag?",
                        "Hur vet vi om en förändring i undervisningen gjorde skillnad för eleverna?",
                        "Vad är rektorns roll i cykeln?"));
        add(readings, program, organiser, "Synligt lärande för lärare", List.of("Hattie, John"), 2012,
                ReadingKind.BOOK_CHAPTER, "Natur & Kultur", "", Evidence.RESEARCH,
                "En sammanställning av metaanalyser om vad som påverkar elevers lärande, omsatt till lärares "
                        + "vardag: tydliga mål, återkoppling och att göra lärandet synligt för både lärare och elever.",
                List.of("undervisning", "bedömning"),
                List.of("Vilka av faktorerna känner vi igen från våra skolor?",
                        "Vad riskerar vi att missa om vi bara läser effektstorlekar?"));
        add(readings, program, organiser, "Elevnära skolledarskap", List.of("Robinson, Viviane"), 2015,
                ReadingKind.BOOK_CHAPTER, "Natur & Kultur", "", Evidence.RESEARCH,
                "Om de dimensioner av ledarskap som har störst betydelse för elevernas resultat, främst att leda "
                        + "lärares lärande och utveckling.",
                List.of("ledarskap", "skolutveckling"),
                List.of("Hur stor del av vår tid går till att leda lärares lärande?",
                        "Vad skulle vi behöva sluta med för att hinna mer av det?"));
        add(readings, program, organiser,
                "The impact of leadership on student outcomes: An analysis of the differential effects of leadership types",
                List.of("Robinson, Viviane M. J.", "Lloyd, Claire A.", "Rowe, Kenneth J."), 2008, ReadingKind.ARTICLE,
                "Educational Administration Quarterly", "10.1177/0013161X08321509", Evidence.RESEARCH,
                "En metaanalys som jämför pedagogiskt och transformativt ledarskap; det pedagogiska ledarskapet har "
                        + "betydligt större effekt på elevernas resultat.",
                List.of("ledarskap"), List.of("Vad kännetecknar pedagogiskt ledarskap i vår vardag?"));
        add(readings, program, organiser, "Forskning för klassrummet: vetenskaplig grund och beprövad erfarenhet i praktiken",
                List.of("Skolverket"), 2013, ReadingKind.REPORT, "Skolverket", "", Evidence.RESEARCH,
                "Skolverkets genomgång av vad skollagens krav på vetenskaplig grund och beprövad erfarenhet innebär, "
                        + "och hur skolor kan arbeta med forskning i undervisningen.",
                List.of("skolutveckling", "undervisning"),
                List.of("Vad räknar vi som beprövad erfarenhet hos oss?",
                        "Hur dokumenterar vi det vi prövar så att andra kan ta del av det?"));
        add(readings, program, organiser, "Rektors ledarskap – med ansvar för den pedagogiska verksamheten",
                List.of("Skolinspektionen"), 2012, ReadingKind.REPORT, "Skolinspektionen, kvalitetsgranskning", "",
                Evidence.PROVEN_EXPERIENCE,
                "Skolinspektionens granskning av hur rektorer leder den pedagogiska verksamheten: många rektorer "
                        + "hinner för lite pedagogiskt ledarskap i vardagen.",
                List.of("ledarskap", "systematiskt kvalitetsarbete"),
                List.of("Känner vi igen bilden från granskningen?", "Vad hindrar oss, och vad kan vi påverka själva?"));
        add(readings, program, organiser, "Kompetens för samspelande skolor", List.of("Blossing, Ulf"), 2008,
                ReadingKind.BOOK_CHAPTER, "Studentlitteratur", "", Evidence.RESEARCH,
                "Om skolan som organisation och hur samspelet mellan lärare, arbetslag och ledning avgör vad "
                        + "förbättringsarbete leder till.",
                List.of("skolutveckling", "organisation och styrning"),
                List.of("Hur ser samspelet ut mellan arbetslagen och ledningen hos oss?"));
        add(readings, program, organiser, "Systematiskt kvalitetsarbete i skolan", List.of("Håkansson, Jan"), 2013,
                ReadingKind.BOOK_CHAPTER, "Studentlitteratur", "", Evidence.RESEARCH,
                "Hur skolor kan följa upp, analysera och utveckla verksamheten så att kvalitetsarbetet blir ett "
                        + "stöd för lärande och inte bara en rapport.",
                List.of("systematiskt kvalitetsarbete"),
                List.of("Vilka underlag använder vi i analysen, och vilka saknas?"));
        add(readings, program, organiser, "Lärande och skolutveckling: ledarskap för demokrati och meningsskapande",
                List.of("Scherp, Hans-Åke"), 2013, ReadingKind.BOOK_CHAPTER, "Studentlitteratur", "", Evidence.RESEARCH,
                "Om problembaserad skolutveckling: att utgå från verksamhetens egna frågor och göra lärandet "
                        + "meningsfullt för både elever och lärare.",
                List.of("skolutveckling", "ledarskap"),
                List.of("Vilka av våra utvecklingsfrågor kommer från verksamheten själv?"));
        add(readings, program, organiser, "Lärande nätverk för rektorer – erfarenheter från ett FoU-program",
                List.of("Ifous"), 2019, ReadingKind.REPORT, "Ifous rapportserie", "", Evidence.PROVEN_EXPERIENCE,
                "Erfarenheter från kommuner som organiserat rektorer i lärande nätverk med processledare: vad som "
                        + "bar, vad som var svårt och vad huvudmannen behöver ta ansvar för.",
                List.of("kollegialt lärande", "ledarskap", "organisation och styrning"),
                List.of("Vad av detta stämmer med hur vårt program är upplagt?",
                        "Vad behöver vi av huvudmannen för att lärteamen ska bära?"));
        add(readings, program, organiser, "Rektorer i aktion – föreläsning från spridningskonferensen",
                List.of("Rektorer i aktion"), 2015, ReadingKind.RECORDED_LECTURE, "Spridningskonferens, Helsingborg",
                "https://www.helsingborg.se/", Evidence.PROVEN_EXPERIENCE,
                "Inspelad föreläsning från konferensen som avslutade det svensk-norska projektet om rektorers "
                        + "förmåga att leda skolutveckling.",
                List.of("ledarskap", "skolutveckling"),
                List.of("Vilka likheter och skillnader ser vi mellan de svenska och norska rektorernas erfarenheter?"));
        add(readings, program, organiser, "Samverkan mellan hem och skola", List.of("Skolverket"), 2019,
                ReadingKind.WEB_PAGE, "Skolverket", "https://www.skolverket.se/", Evidence.PROVEN_EXPERIENCE,
                "Skolverkets stöd för hur skolan kan utveckla samarbetet med vårdnadshavare, också när det är svårt.",
                List.of("vårdnadshavare"),
                List.of("Hur når vi de vårdnadshavare vi sällan träffar?"));
        add(readings, program, organiser, "Kollegialt lärande i förskolan – erfarenheter från ett utvecklingsarbete",
                List.of("Åsbacka kommun, förskoleförvaltningen"), 2022, ReadingKind.REPORT, "Kommunens egen rapport", "",
                Evidence.PROVEN_EXPERIENCE,
                "Kommunens egen uppföljning av två års kollegialt lärande bland förskollärare, med exempel på vad "
                        + "som förändrades i undervisningen.",
                List.of("förskola", "kollegialt lärande"),
                List.of("Vad kan skolorna lära av förskolornas erfarenheter?"));
    }

    /**
     * {@code link}: a DOI when it starts with 10., otherwise a web address (or empty). The one journal article
     * with a DOI is the English one.
     */
    private static void add(ReadingService readings, ProgramId program, UserId organiser, String title,
            List<String> authors, int year, ReadingKind kind, String source, String link, Evidence evidence,
            String summary, List<String> themes, List<String> questions) {
        boolean doi = link.startsWith("10.");
        readings.addToLibrary(organiser, program, new ReadingDraft(title, authors, year, kind, source,
                doi ? link : "", doi ? "" : link, doi ? "en" : "sv", summary, themes, evidence,
                questions));
    }
}
