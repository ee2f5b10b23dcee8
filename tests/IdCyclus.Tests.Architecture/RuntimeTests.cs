using IdCyclus.Workflows.Runtime;

namespace IdCyclus.Tests.Architecture;

/// <summary>The runtime is a library with a small public surface (ADR 0019), the workflow libraries know no domain, and no file is a god file.</summary>
public sealed class RuntimeTests
{
    /// <summary>
    /// What a hosting module and the command line may use: the registration and options, the read API with its records
    /// and questions, the engine's commands, the plug-in interfaces with their records, and what Hangfire and the host's
    /// pipeline must reach. Everything else (the tables, the engine's parts, the deliverers) is internal.
    /// </summary>
    private static readonly string[] Toegestaan =
    [
        // Registration and options.
        "IdCyclus.Workflows.Runtime.WorkflowRuntime",
        "IdCyclus.Workflows.Runtime.WorkflowOpties",
        "IdCyclus.Workflows.Runtime.Motor.SmtpOpties",
        "IdCyclus.Workflows.Runtime.Motor.SmtpBeveiliging",

        // Reading: the read API, its questions and the records it returns.
        "IdCyclus.Workflows.Runtime.IWorkflowLezer",
        // ADR 0029: revising a completed task's fields and mailing addresses that hold no role (ADR 0027: with an attachment);
        // ADR 0034: the form's version.
        "IdCyclus.Workflows.Runtime.Taakherziening",
        "IdCyclus.Workflows.Runtime.Losbericht",
        "IdCyclus.Workflows.Runtime.Mailbijlage",
        "IdCyclus.Workflows.Runtime.Formulierversie",
        "IdCyclus.Workflows.Runtime.TaakVraag",
        "IdCyclus.Workflows.Runtime.InstantieVraag",
        "IdCyclus.Workflows.Runtime.HistorieVraag",
        "IdCyclus.Workflows.Runtime.BerichtVraag",
        "IdCyclus.Workflows.Runtime.WorkflowTaak",
        "IdCyclus.Workflows.Runtime.WorkflowInstantie",
        "IdCyclus.Workflows.Runtime.WorkflowStap",
        "IdCyclus.Workflows.Runtime.WorkflowGebeurtenis",
        "IdCyclus.Workflows.Runtime.WorkflowOpmerking",
        "IdCyclus.Workflows.Runtime.WorkflowBericht",
        "IdCyclus.Workflows.Runtime.WorkflowIncident",
        "IdCyclus.Workflows.Runtime.WorkflowDefinitieVersie",
        "IdCyclus.Workflows.Runtime.TaakStatus",
        "IdCyclus.Workflows.Runtime.InstantieStatus",
        "IdCyclus.Workflows.Runtime.StapToestand",
        "IdCyclus.Workflows.Runtime.BerichtKanaal",
        "IdCyclus.Workflows.Runtime.BerichtStatus",

        // Acting: the engine's commands, who acts, and what a person may do with a task.
        "IdCyclus.Workflows.Runtime.Motor.WorkflowMotor",
        "IdCyclus.Workflows.Runtime.Motor.Handelende",
        "IdCyclus.Workflows.Runtime.Motor.TaakRechten",

        // Plugging in: what a module implements, and the records those interfaces pass.
        "IdCyclus.Workflows.Runtime.IRolResolver",
        "IdCyclus.Workflows.Runtime.IWorkflowCollectie",
        "IdCyclus.Workflows.Runtime.IWorkflowVoorwaarde",
        "IdCyclus.Workflows.Runtime.ITaakFormulier",
        "IdCyclus.Workflows.Runtime.IBerichtSjablonen",
        "IdCyclus.Workflows.Runtime.IMailVerzender",
        "IdCyclus.Workflows.Runtime.Motor.IDefinitieValidator",
        "IdCyclus.Workflows.Runtime.Motor.GevalideerdeDefinitie",
        "IdCyclus.Workflows.Runtime.WorkflowPersoon",
        "IdCyclus.Workflows.Runtime.WorkflowItem",
        "IdCyclus.Workflows.Runtime.FormulierContext",
        "IdCyclus.Workflows.Runtime.FormulierUitkomst",
        "IdCyclus.Workflows.Runtime.IntegratieGebeurtenis",
        "IdCyclus.Workflows.Runtime.BerichtGegevens",

        // Background work: the round the simulation and tests run themselves, and what Hangfire and the host's pipeline
        // must reach (Hangfire runs public methods only).
        "IdCyclus.Workflows.Runtime.Motor.Verwerker",
        "IdCyclus.Workflows.Runtime.Achtergrond.WorkflowTaken",
        "IdCyclus.Workflows.Runtime.Achtergrond.AchtergrondUitvoerder`2",
        "IdCyclus.Workflows.Runtime.Achtergrond.KorteBewaartijdAttribute",
        "IdCyclus.Workflows.Runtime.Achtergrond.AchtergrondtakenDashboard",
    ];

    /// <summary>
    /// Files being split in the same issue on another branch (issue 9, the questionnaire's import): remove each entry
    /// when that branch is merged. Not a place for new exceptions.
    /// </summary>
    [Fact]
    public void De_runtime_maakt_alleen_de_toegestane_typen_publiek()
    {
        var publiek = typeof(WorkflowRuntime).Assembly.GetExportedTypes().Where(t => !Bouwstenen.IsGegenereerd(t)).Select(t => t.FullName!).ToList();

        var meldingen = Runtimeregels.AlleenToegestaanPubliek(publiek, Toegestaan);
        Assert.True(meldingen.Count == 0, string.Join('\n', meldingen));
    }

    [Fact]
    public void De_workflowbibliotheken_kennen_geen_woorden_van_modules_of_het_domein()
    {
        var bestanden = Broncode.CSharpBestandenOnderSrc()
            .Where(b => b.Key.Replace('\\', '/').StartsWith("src/Workflows", StringComparison.Ordinal))
            .ToDictionary(b => b.Key, b => b.Value);

        Assert.Contains(bestanden.Keys, k => k.Replace('\\', '/').StartsWith("src/Workflows.Runtime/", StringComparison.Ordinal));
        Assert.Empty(Runtimeregels.GeenDomeinwoorden(bestanden));
    }

    [Fact]
    public void Geen_handgeschreven_bestand_onder_src_is_langer_dan_400_regels()
    {
        var bestanden = Broncode.CSharpBestandenOnderSrc();

        Assert.NotEmpty(bestanden);
        var meldingen = Runtimeregels.GeenGrootBestand(bestanden);
        Assert.True(meldingen.Count == 0, string.Join('\n', meldingen));
    }
}
