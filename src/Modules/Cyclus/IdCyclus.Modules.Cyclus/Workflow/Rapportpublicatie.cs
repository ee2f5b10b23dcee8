using IdCyclus.Modules.Opvolging.Contracts;
using IdCyclus.Modules.Rapportage.Contracts;
using IdCyclus.Shared;
using IdCyclus.Shared.Validation;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Motor;

namespace IdCyclus.Modules.Cyclus.Workflow;

/// <summary>
/// "Publiceer de definitieve rapportage", the year's step before the duidingsgesprekken (ADR 0032): done only when
/// Rapportage has a published version of the cycle year, because the duidingsgesprekken share its sections. Normally
/// <see cref="PublicatiestapAfronden"/> completes it the moment Bureau publishes; Bureau completes it here by hand only
/// when the report was published before the step began. Writes nothing itself.
/// </summary>
internal sealed class RapportGepubliceerdFormulier(IWorkflowLezer lezer, IRapportageQueries rapportage) : ITaakFormulier
{
    public const string Formuliernaam = "rapport-gepubliceerd";

    public string Naam => Formuliernaam;

    public async Task<FormulierUitkomst> VerwerkAsync(
        FormulierContext context, IReadOnlyDictionary<string, string?> velden, CancellationToken cancellationToken)
    {
        var jaar = await lezer.InstantieAsync(context.InstantieId, cancellationToken) is { } instantie ? Voortgangscyclus.JaarVan(instantie.DefinitieId) : null;
        if (jaar is null)
        {
            return FormulierUitkomst.Fout([new Fout(string.Empty, "Deze taak hoort niet bij de cyclus van een jaar.")]);
        }

        return await rapportage.GepubliceerdAsync(jaar.Value, cancellationToken) is { } publicatie
            ? FormulierUitkomst.Gelukt(
                $"De Voortgangsrapportage {jaar} is gepubliceerd (definitieve versie {publicatie.Versie}, "
                + $"{Nederlands.Datum(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(publicatie.GepubliceerdOp, Tijd.Amsterdam).DateTime))}).")
            : FormulierUitkomst.Fout([new Fout(string.Empty,
                $"Het definitieve rapport {jaar} is nog niet gepubliceerd. Publiceer het op de pagina van de rapportage; deze taak rondt dan vanzelf af.")]);
    }
}

/// <summary>
/// Rapportage published a year's definitive report: complete the open publication step of that year's cycle in the
/// name of who published (Bureau), so the duidingsgesprekken start. No cycle running, or the step not reached yet: nothing
/// to do; the step's form accepts the same publication later.
/// </summary>
internal sealed class PublicatiestapAfronden(IWorkflowLezer lezer, WorkflowMotor motor) : IRapportpublicatieVolger
{
    public const string Stap = Voortgangscyclus.RapportDefinitief;

    public async Task GepubliceerdAsync(int jaar, int nummer, Guid? doorPersoonId, string doorNaam, CancellationToken cancellationToken = default)
    {
        var taken = await lezer.TakenAsync(
            new TaakVraag { DefinitieId = Voortgangscyclus.IdPrefix + jaar, Formulier = RapportGepubliceerdFormulier.Formuliernaam }, cancellationToken);
        foreach (var taak in taken.Where(t => t.StapId == Stap))
        {
            // A refusal (someone completed it a moment earlier) changes nothing; the step is done either way.
            await motor.VoltooiAsync(taak.Id, new Handelende(doorPersoonId, doorNaam, true), null, new Dictionary<string, string?>(), taak.Versie,
                cancellationToken);
        }
    }
}

/// <summary>
/// "directie-zonder-actieplanafspraak": Opvolging holds no action plan agreement for the directie with a deadline in the
/// cycle year or later that was not dropped. Such an agreement is a task of its own for the directeur (ADR 0023), so the
/// year's task "Lever het geactualiseerde actieplan op" would reach the same person twice (ADR 0032). Asked when the
/// year's fan-out starts, after Bureau recorded the sturing.
/// </summary>
internal sealed class DirectieZonderActieplanafspraak(IOpvolgingQueries opvolging) : IWorkflowVoorwaarde
{
    /// <summary>How Opvolging names the kind in <see cref="AfspraakGegevens.Soort"/>.</summary>
    private const string Actieplansoort = "ActieplanOpgeleverd";

    public string Naam => "directie-zonder-actieplanafspraak";

    public async Task<bool> GeldtAsync(WorkflowItem item, DateOnly datum, CancellationToken cancellationToken) =>
        !Guid.TryParse(item.Sleutel, out var id)
        || !(await opvolging.AfsprakenAsync([id], datum, cancellationToken))
            .Any(a => a.Soort == Actieplansoort && a.Status != "vervallen" && a.OorspronkelijkeDeadline.Year >= datum.Year);
}
