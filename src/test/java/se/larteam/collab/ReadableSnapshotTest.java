package se.larteam.collab;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The editor's rendered content becomes sanitised HTML and plain text; content outside its schema is refused. */
class ReadableSnapshotTest {

    static final String NOTES = """
            {"type":"doc","content":[
              {"type":"heading","attrs":{"level":3},"content":[{"type":"text","text":"Återkoppling"}]},
              {"type":"paragraph","content":[{"type":"text","text":"Vi "},
                {"type":"text","text":"<script>alert(1)</script>","marks":[{"type":"bold"}]}]},
              {"type":"bulletList","content":[
                {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"exit tickets"}]}]}]}
            ]}""";

    @Test
    void editorContentBecomesSafeHtmlAndPlainText() {
        ReadableSnapshot snapshot = ReadableSnapshot.of(Document.parse(NOTES), 7).orElseThrow();

        assertThat(snapshot.text()).isEqualTo("Återkoppling\nVi <script>alert(1)</script>\n- exit tickets");
        assertThat(snapshot.html()).contains("<h3>Återkoppling</h3>")
                .contains("<strong>&lt;script&gt;alert(1)&lt;/script&gt;</strong>")
                .contains("<li><p>exit tickets</p></li>").doesNotContain("<script");
        assertThat(snapshot.version()).isEqualTo(7);
    }

    @Test
    void contentOutsideTheEditorsSchemaIsRefused() {
        assertThat(ReadableSnapshot.of(Document.parse("""
                {"type":"doc","content":[{"type":"iframe","attrs":{"src":"https://example.org"}}]}"""), 1)).isEmpty();
        assertThat(ReadableSnapshot.of(Document.parse("""
                {"type":"doc","content":[{"type":"paragraph","content":[
                  {"type":"text","text":"x","marks":[{"type":"link","attrs":{"href":"javascript:alert(1)"}}]}]}]}"""),
                1)).isEmpty();
        assertThat(ReadableSnapshot.of("not a document", 1)).isEmpty();
    }
}
