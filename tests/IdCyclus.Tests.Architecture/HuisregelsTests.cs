namespace IdCyclus.Tests.Architecture;

/// <summary>Each house rule fails on a made-up violation, so an empty result on the real code means something.</summary>
public sealed class HuisregelsTests
{
    [Theory]
    [InlineData("var tekst = datum.ToString(\"d MMMM yyyy\", Nederlands.Cultuur);", "'MMMM'")]
    [InlineData("<td>@Model.Vandaag.ToString(\"ddd d MMMM yyyy\")</td>", "'ddd'")]
    [InlineData("var t = $\"op {w.Vandaag:d MMM yyyy}\";", "'MMM'")]
    [InlineData("var t = moment.ToString(\"dddd HH:mm\");", "'dddd'")]
    public void Een_eigen_datumformaat_buiten_Shared_wordt_gemeld(string regel, string verwacht)
    {
        var melding = Assert.Single(Huisregels.DatumsAlleenViaNederlands(new Dictionary<string, string>
        {
            ["src/Modules/X/Pagina.cshtml"] = $"@page\n{regel}\n",
        }));

        Assert.StartsWith("src/Modules/X/Pagina.cshtml:2: eigen datumformaat " + verwacht, melding, StringComparison.Ordinal);
    }

    [Fact]
    public void Shared_een_ISO_datum_en_commentaar_mogen_een_formaat_noemen()
    {
        Assert.Empty(Huisregels.DatumsAlleenViaNederlands(new Dictionary<string, string>
        {
            ["src/Shared/Nederlands.cs"] = "public const string Datumformaat = \"d MMMM yyyy\";\n",
            ["src/Modules/X/Y.cs"] = "var iso = dag.ToString(\"yyyy-MM-dd\");\n// niet \"d MMMM yyyy\" zelf schrijven\nvar tekst = Nederlands.Datum(dag);\n",
        }));
    }

    [Fact]
    public void Een_regel_van_161_tekens_wordt_gemeld_maar_niet_in_een_migratie_of_gegenereerd_bestand()
    {
        var lang = new string('x', Huisregels.MaxRegellengte + 1);
        var precies = new string('x', Huisregels.MaxRegellengte);

        var melding = Assert.Single(Huisregels.RegelsNietTeLang(new Dictionary<string, string>
        {
            ["src/Modules/X/Lang.cs"] = $"namespace X;\n{lang}\r\n",
            ["src/Modules/X/Precies.cs"] = $"{precies}\r\n",
            ["migrations/Sqlite/X/Migrations/20260101_Begin.cs"] = lang,
            ["src/Modules/X/Iets.Designer.cs"] = lang,
            ["src/Modules/X/Iets.g.cs"] = lang,
        }));

        Assert.Equal("src/Modules/X/Lang.cs:2: 161 tekens (hooguit 160); breek de regel af.", melding);
    }

    [Fact]
    public void Een_pagina_die_zelf_opslaat_wordt_gemeld_maar_niet_een_handler_of_een_commentaar()
    {
        var bestanden = new Dictionary<string, string>
        {
            ["src/Modules/X/Features/A/A.cshtml.cs"] = "class AModel { void Post() { db.Add(x);\n await db.SaveChangesAsync(); } }",
            ["src/Modules/X/Features/A/AHandler.cs"] = "await db.SaveChangesAsync();",
            ["src/Modules/X/Features/B/B.cshtml.cs"] = "// the handler calls SaveChangesAsync, not this page",
        };

        var melding = Assert.Single(Huisregels.PaginasSchrijvenNietZelf(bestanden));

        Assert.StartsWith("src/Modules/X/Features/A/A.cshtml.cs:2: een pagina slaat zelf op", melding, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    public Guid Id { get; init; } = Guid.NewGuid();")]
    [InlineData("    public Guid Id { get; set; } = Guid.NewGuid();")]
    [InlineData("        var rij = new Rapportage { Id = Guid.NewGuid(), Jaar = 2025 };")]
    [InlineData("            Id = Guid.NewGuid(),")]
    public void Een_rij_id_uit_Guid_NewGuid_wordt_gemeld(string regel)
    {
        var melding = Assert.Single(Huisregels.RijIdsOpTijd(new Dictionary<string, string> { ["src/Modules/X/Rij.cs"] = $"namespace X;\n{regel}\n" }));

        Assert.Equal("src/Modules/X/Rij.cs:2: een rij-id uit Guid.NewGuid(); gebruik Guid.CreateVersion7() (ADR 0033).", melding);
    }

    [Fact]
    public void Een_tijdgeordend_id_een_ander_willekeurig_getal_en_commentaar_zijn_in_orde()
    {
        Assert.Empty(Huisregels.RijIdsOpTijd(new Dictionary<string, string>
        {
            ["src/Modules/X/Y.cs"] = """
                public Guid Id { get; init; } = Guid.CreateVersion7();
                var rij = new Taak { Id = Guid.CreateVersion7(), InstantieId = Guid.NewGuid() };
                var sleutel = "a-" + Guid.NewGuid().ToString("N")[..8];
                var id = Guid.NewGuid();
                // Id = Guid.NewGuid() was the old way
                """,
        }));
    }
}
