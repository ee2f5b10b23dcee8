namespace IdCyclus.Tests.Architecture;

/// <summary>Each runtime and file-size rule fails on a made-up violation, so an empty result on the real code means something.</summary>
public sealed class RuntimeregelsTests
{
    [Fact]
    public void Een_publiek_type_buiten_de_lijst_wordt_gemeld_en_een_verdwenen_type_op_de_lijst_ook()
    {
        var meldingen = Runtimeregels.AlleenToegestaanPubliek(
            ["IdCyclus.Workflows.Runtime.IWorkflowLezer", "IdCyclus.Workflows.Runtime.Persistence.WorkflowDbContext"],
            ["IdCyclus.Workflows.Runtime.IWorkflowLezer", "IdCyclus.Workflows.Runtime.Weg"]);

        Assert.Equal(2, meldingen.Count);
        Assert.Contains(meldingen, m => m.StartsWith("IdCyclus.Workflows.Runtime.Persistence.WorkflowDbContext is publiek", StringComparison.Ordinal));
        Assert.Contains(meldingen, m => m.StartsWith("IdCyclus.Workflows.Runtime.Weg staat op de lijst", StringComparison.Ordinal));
    }

    [Fact]
    public void Een_lijst_die_precies_klopt_geeft_niets()
    {
        Assert.Empty(Runtimeregels.AlleenToegestaanPubliek(["A", "B"], ["B", "A"]));
    }

    [Theory]
    [InlineData("// Elke directie krijgt een taak.")]
    [InlineData("var rol = \"clusterdirecteur\";")]
    [InlineData("internal sealed class TrekkerFormulier")]
    [InlineData("throw new InvalidOperationException(\"Geen vragenlijst\");")]
    public void Een_domeinwoord_in_de_workflowbibliotheken_wordt_gemeld(string regel)
    {
        var bestanden = new Dictionary<string, string> { ["src/Workflows/X.cs"] = $"namespace IdCyclus.Workflows;\n{regel}\n" };

        var melding = Assert.Single(Runtimeregels.GeenDomeinwoorden(bestanden));

        Assert.StartsWith("src/Workflows/X.cs:2: ", melding, StringComparison.Ordinal);
    }

    [Fact]
    public void De_naam_van_het_product_en_neutrale_rollen_zijn_geen_domeinwoorden()
    {
        Assert.Empty(Runtimeregels.GeenDomeinwoorden(new Dictionary<string, string>
        {
            ["src/Workflows/X.cs"] = "namespace IdCyclus.Workflows;\n// bijvoorbeeld 'teamleider', in Amsterdam-tijd\n",
        }));
    }

    [Fact]
    public void Een_bestand_van_meer_dan_400_regels_wordt_gemeld_maar_niet_een_migratie()
    {
        var lang = string.Join('\n', Enumerable.Repeat("// regel", Runtimeregels.MaxRegels + 1)) + "\n";
        var precies = string.Join('\n', Enumerable.Repeat("// regel", Runtimeregels.MaxRegels)) + "\n";

        var melding = Assert.Single(Runtimeregels.GeenGrootBestand(new Dictionary<string, string>
        {
            ["src/Modules/X/Groot.cs"] = lang,
            ["src/Modules/X/Precies.cs"] = precies,
            ["src/Modules/X/Migrations/20260101_Begin.cs"] = lang,
            ["src/Modules/X/Iets.Designer.cs"] = lang,
        }));

        Assert.StartsWith("src/Modules/X/Groot.cs heeft 401 regels", melding, StringComparison.Ordinal);
    }
}
