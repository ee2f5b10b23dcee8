using IdCyclus.Modules.Cyclus.Workflow;
using IdCyclus.Modules.Rapportage.Contracts;
using IdCyclus.Shared.Validation;
using IdCyclus.Workflows;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Motor;

namespace IdCyclus.Modules.Cyclus.Duidingsgesprekken;

internal sealed record DuidingsgesprekkenStarten(int Jaar, Handelende Door);

/// <summary>
/// Bureau starts the duidingsgesprekken of a report year from the cycle page, once the definitive report is published:
/// publishes <c>duidingsgesprekken-{jaar}</c> (identical JSON is accepted again) and starts it under a unique key, so a
/// second click, also at the same moment, is refused by the runtime. Refused too when the year's cycle runs the same
/// steps itself (ADR 0032): every accounthouder would get the planning task twice.
/// </summary>
internal sealed class DuidingsgesprekkenStartenHandler(WorkflowMotor motor, IRapportageQueries rapportage, IWorkflowLezer lezer, TimeProvider klok)
{
    /// <summary>The year's running cycle when its version holds the duidingsgesprekken (the template since ADR 0032), else null.</summary>
    public async Task<WorkflowInstantie?> InDeCyclusAsync(int jaar, CancellationToken ct)
    {
        var id = Voortgangscyclus.IdPrefix + jaar;
        var instantie = (await lezer.InstantiesAsync(new InstantieVraag { DefinitieId = id, AlleenHoofd = true, Maximum = 1 }, ct)).FirstOrDefault();
        Stap? plannen = null;
        return instantie is not null && await lezer.DefinitieAsync(id, instantie.DefinitieVersie, ct) is { } versie
               && WorkflowDefinitieLezer.Lees(versie.Json).Definitie?.ProbeerStap(Duidingsgesprekken.PlannenStap, out plannen) == true
               && plannen is TaakStap { Formulier: Duidingsgesprekken.PlannenFormulier }
            ? instantie
            : null;
    }

    public async Task<Resultaat<Guid>> HandleAsync(DuidingsgesprekkenStarten opdracht, CancellationToken ct)
    {
        if (await rapportage.GepubliceerdAsync(opdracht.Jaar, ct) is null)
        {
            return Resultaat<Guid>.Mislukt("Jaar", $"Het definitieve rapport {opdracht.Jaar} is nog niet gepubliceerd; start de duidingsgesprekken daarna.");
        }

        if (await InDeCyclusAsync(opdracht.Jaar, ct) is not null)
        {
            return Resultaat<Guid>.Mislukt("Jaar",
                $"De duidingsgesprekken {opdracht.Jaar} zijn een stap van de cyclus {opdracht.Jaar}: ze beginnen vanzelf na de publicatie. "
                + "Er is niets gestart.");
        }

        var gepubliceerd = await motor.PubliceerAsync(Duidingsgesprekken.Maak(opdracht.Jaar), opdracht.Door.Naam, ct);
        if (!gepubliceerd.IsGelukt)
        {
            return Resultaat<Guid>.Mislukt(gepubliceerd.Fouten);
        }

        return await motor.StartAsync(Duidingsgesprekken.DefinitieId(opdracht.Jaar), gepubliceerd.Waarde.Versie, klok.GetUtcNow(), opdracht.Door, ct,
            Duidingsgesprekken.StartSleutel(opdracht.Jaar));
    }
}
