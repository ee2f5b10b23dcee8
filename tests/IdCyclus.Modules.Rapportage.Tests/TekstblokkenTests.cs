using IdCyclus.Modules.Rapportage.Domain;
using IdCyclus.Modules.Rapportage.Weergave;
using static IdCyclus.Modules.Rapportage.Tests.Testgegevens;

namespace IdCyclus.Modules.Rapportage.Tests;

public sealed class TekstblokkenTests
{
    [Fact]
    public void Elke_sectie_heeft_vijf_blokken_en_het_rapport_er_twee()
    {
        var blokken = Tekstblokken.Voor([Bedrijfsvoering, Sociaal]);

        Assert.Equal(12, blokken.Count);
        Assert.Contains(blokken, b => b.Sleutel == "sociaal:eenjaarlater" && b.Titel == "Sociaal: Een jaar later, wat valt op?");
    }

    [Fact]
    public void Naar_review_dan_definitief_terug_uit_review_en_heropenen_mag()
    {
        Assert.Null(Tekstblokken.ControleerOvergang(Blokstaat.Concept, Blokstaat.InReview));
        Assert.Null(Tekstblokken.ControleerOvergang(Blokstaat.InReview, Blokstaat.Definitief));
        Assert.Null(Tekstblokken.ControleerOvergang(Blokstaat.InReview, Blokstaat.Concept));
        Assert.Null(Tekstblokken.ControleerOvergang(Blokstaat.Definitief, Blokstaat.Concept));
        Assert.NotNull(Tekstblokken.ControleerOvergang(Blokstaat.Definitief, Blokstaat.Definitief));
    }

    [Fact]
    public void Van_concept_direct_naar_definitief_slaat_de_review_over_en_wordt_geweigerd()
    {
        var fout = Tekstblokken.ControleerOvergang(Blokstaat.Concept, Blokstaat.Definitief);

        Assert.Equal("Staat", fout!.Veld);
        Assert.Equal("Een blok gaat niet van concept naar definitief: eerst in review, dan definitief.", fout.Melding);
    }

    [Fact]
    public void Een_te_lange_tekst_wordt_geweigerd_met_het_veld()
    {
        var fout = Assert.Single(Tekstblokken.ControleerTekst(new string('a', Tekstblokken.MaxLengte + 1)));

        Assert.Equal("Tekst", fout.Veld);
    }

    [Fact]
    public void Het_verschil_tussen_twee_versies_per_regel()
    {
        var regels = Blokverschil.Bepaal("a\nb\nc", "a\nc\nd");

        Assert.Equal(
            [new(Regelsoort.Gelijk, "a"), new(Regelsoort.Weg, "b"), new(Regelsoort.Gelijk, "c"), new Verschilregel(Regelsoort.Erbij, "d")],
            regels);
    }

    [Fact]
    public void Markdown_laat_geen_html_door()
    {
        var html = Markdown.NaarHtml("**vet** <script>alert(1)</script> <b>x</b>");

        Assert.Contains("<strong>vet</strong>", html);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&lt;script&gt;", html);
    }
}
