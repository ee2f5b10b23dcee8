using IdCyclus.Modules.Rapportage.Domain;
using IdCyclus.Modules.Rapportage.Weergave;
using static IdCyclus.Modules.Rapportage.Tests.Testgegevens;

namespace IdCyclus.Modules.Rapportage.Tests;

public sealed class WeergaveTests
{
    private static string Fragment(Momentopname m, bool concept = false) =>
        Rapportweergave.Fragment(new Rapportinhoud(m, 2, m.Hash(),
            new Dictionary<string, Blokinhoud> { ["samenvatting"] = new("De **conclusie**.", Blokstaat.Definitief) },
            "Definitieve versie 1",
            new DateOnly(2024, 11, 1),
            concept));

    [Fact]
    public void Een_grafiek_heeft_een_titel_een_beschrijving_en_schrijft_elk_getal_en_ontbreekt_uit()
    {
        var svg = Grafiek.Staven("g", "Titel <x>", "Beschrijving", [new("BIA", 47), new("Com", null)], 47);

        Assert.Contains("role=\"img\" aria-labelledby=\"g-t\" aria-describedby=\"g-d\"", svg);
        Assert.Contains("<title id=\"g-t\">Titel &lt;x&gt;</title>", svg);
        Assert.Contains(">47</text>", svg);
        Assert.Contains(">ontbreekt</text>", svg);
    }

    [Fact]
    public void Het_rapport_heeft_de_structuur_van_2024_met_ankers_per_sectie_en_bijlagen()
    {
        var html = Fragment(Momentopname([Interview(Bia, 3), Interview(Fi, 2)]));

        string[] ankers =
        [
            "titel", "rapport-inhoud", "aanleiding", "leeswijzer", "samenvatting", "gemeente",
            "sectie-bedrijfsvoering", "sectie-sociaal", "bijlage-1a", "bijlage-1b", "bijlage-2",
        ];
        foreach (var anker in ankers)
        {
            Assert.Contains($"id=\"{anker}\"", html);
        }

        Assert.Contains("href=\"#sectie-sociaal\"", html);
        Assert.Contains("<strong>conclusie</strong>", html);
        Assert.Contains("De gemiddelde score van 2 directies met een volledige score is 39,5.", html);
        Assert.DoesNotContain("Fictieve gegevens", html);
        Assert.DoesNotContain("blokstaat", html);
    }

    [Fact]
    public void Fictieve_gegevens_staan_op_de_titelpagina_en_een_concept_toont_de_staat_per_blok()
    {
        var html = Fragment(Momentopname() with { Fictief = true }, concept: true);

        Assert.Contains("<strong>Fictieve gegevens.</strong>", html);
        Assert.Contains("Tekstblok: definitief", html);
        Assert.Contains("Tekstblok: concept", html);
    }

    [Fact]
    public void Open_antwoorden_komen_nooit_in_het_rapport()
    {
        var html = Fragment(Momentopname([Interview(Bia, 3)]));

        Assert.Contains("(open vraag; antwoorden komen niet in het rapport)", html);
    }

    [Fact]
    public void Een_afwijkend_beeld_van_de_accounthouder_staat_bij_de_directie_zonder_de_tekst_van_de_observatie()
    {
        var html = Fragment(Momentopname([Interview(Bia, 3) with { AfwijkendBeeld = true }, Interview(Fi, 2)]));

        Assert.Contains("<strong>Afwijkend beeld Bureau I&amp;D:</strong> bij BIA komt het beeld uit de vragenlijst niet overeen", html);
        Assert.DoesNotContain("bij BIA, F&amp;I komt", html);
        Assert.Contains("Bij 1 directie(s) wijkt het beeld van Bureau I&amp;D af van de vragenlijst", html);
    }

    [Fact]
    public void Zonder_observaties_noemt_de_verantwoording_dat_en_de_discrepantie_van_2024()
    {
        var html = Fragment(Momentopname([Interview(Bia, 3)]));

        Assert.DoesNotContain("Afwijkend beeld Bureau", html);
        Assert.Contains("Bij geen enkele directie heeft de accounthouder vastgelegd dat het beeld van Bureau I&amp;D afwijkt", html);
        Assert.Contains("de oorspronkelijke rapportage van 2024 markeert bij geen enkele directie een afwijkend beeld", html);
    }
}

public sealed class GrafieklabelTests
{
    [Fact]
    public void Een_kort_label_blijft_een_regel_een_lang_label_breekt_tussen_woorden_en_wat_niet_past_eindigt_op_een_beletselteken()
    {
        Assert.Equal(["Bedrijfsvoering"], Grafiek.Labelregels("Bedrijfsvoering"));
        Assert.Equal(["Digitalisering, Innovatie en", "Informatie"], Grafiek.Labelregels("Digitalisering, Innovatie en Informatie"));
        var lang = Grafiek.Labelregels("Een randvoorwaarde met een heel lange naam die ook op twee regels niet past");
        Assert.Equal(2, lang.Count);
        Assert.All(lang, r => Assert.True(r.Length <= Grafiek.TekensPerRegel, r));
        Assert.EndsWith("…", lang[1]);
        Assert.Equal(["Onafgebrokenwoordzonderspatiesdatnietpast"[..27] + "…"], Grafiek.Labelregels("Onafgebrokenwoordzonderspatiesdatnietpast"));
    }

    [Fact]
    public void Een_afgekort_label_draagt_de_volledige_tekst_als_titel_en_de_staaf_blijft_leesbaar()
    {
        var svg = Grafiek.Staven(
            "t", "Titel", "Beschrijving", [new Staaf("Een randvoorwaarde met een heel lange naam die ook op twee regels niet past", 3)], 3);

        Assert.Contains("<title>Een randvoorwaarde met een heel lange naam die ook op twee regels niet past</title>", svg);
        Assert.Contains("<tspan", svg);
        Assert.DoesNotContain("<title>Digitalisering", Grafiek.Staven("u", "T", "B", [new Staaf("Digitalisering, Innovatie en Informatie", 3)], 3));
    }
}
