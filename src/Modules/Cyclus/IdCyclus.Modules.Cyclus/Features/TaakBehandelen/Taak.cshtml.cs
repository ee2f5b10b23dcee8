using IdCyclus.Modules.Actieplannen.Contracts;
using IdCyclus.Modules.Cyclus.Workflow;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Vragenlijst.Contracts;
using IdCyclus.Shared;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Web;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Motor;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;

namespace IdCyclus.Modules.Cyclus.Features.TaakBehandelen;

/// <summary>
/// One task: what to do and why, the deadline, its history and comments, and the forms to complete, take on,
/// pass on or comment. Only its candidates and Bureau may see it.
/// </summary>
internal sealed class TaakModel(
    IWorkflowLezer lezer, WorkflowMotor motor, IOrganisatieQueries organisatie, TimeProvider klok,
    IVragenlijstQueries vragenlijst, ICyclusjaar cyclusjaar, IActieplannenQueries actieplannen,
    Microsoft.Extensions.Logging.ILogger<TaakModel> logger) : PageModel
{
    private static readonly string[] InterviewFormulieren =
        [InterviewPlannenFormulier.Formuliernaam, InterviewIndienenFormulier.Formuliernaam, InterviewBevestigenFormulier.Formuliernaam];

    /// <summary>For the cycle's forms: the cycle year of the task's instance.</summary>
    public int? Jaar { get; private set; }

    /// <summary>For an interview task: the directie (the task's scope) and its interview, when one has been started.</summary>
    public Guid? DirectieId { get; private set; }

    public InterviewGegevens? Interview { get; private set; }

    /// <summary>For an action plan task (approve, quarterly update): the directie's current plan.</summary>
    public ActieplanSamenvatting? Actieplan { get; private set; }

    public bool IsActieplantaak => Taak.Formulier is ActieplanGoedkeurenFormulier.Formuliernaam or ActieplanVoortgangFormulier.Formuliernaam;

    public bool IsInterviewtaak => Taak.Formulier is { } formulier && InterviewFormulieren.Contains(formulier);

    /// <summary>For closing the interview phase: the directies whose interview is not final yet.</summary>
    public IReadOnlyList<DirectieGegevens> Ontbrekend { get; private set; } = [];

    /// <summary>The outcomes the definition allows for this step; empty when completing needs no choice.</summary>
    public IReadOnlyList<string> Uitkomsten { get; private set; } = [];

    /// <summary>The ids of Opvolging's agreement task definitions start with this (a name, not a reference: modules stay apart).</summary>
    private const string AfspraaktaakPrefix = "opvolging-afspraak-";

    public WorkflowTaak Taak { get; private set; } = null!;

    public string Workflow { get; private set; } = "";

    public IReadOnlyList<WorkflowGebeurtenis> Historie { get; private set; } = [];

    public IReadOnlyList<WorkflowOpmerking> Opmerkingen { get; private set; } = [];

    public IReadOnlyList<PersoonGegevens> Behandelaars { get; private set; } = [];

    public IReadOnlyList<Keuze> Personen { get; private set; } = [];

    public bool MagBehandelen { get; private set; }

    /// <summary>An open task this person sees only because an escalation reached them (without handing it over).</summary>
    public bool IsEscalatieLezer => !Taak.IsAfgerond && !MagBehandelen && Taak.EscalatieNiveau > 0;

    /// <summary>For a follow-up agreement's task (Opvolging's definitions, ADR 0023): the agreement's page, from the item it runs for.</summary>
    public string? Afspraaklink { get; private set; }

    public bool IsVerlopen => !Taak.IsAfgerond && Taak.DeadlineUtc < klok.GetUtcNow().UtcDateTime;

    [BindProperty]
    public int Versie { get; set; }

    /// <summary>When the form was opened (UTC ticks, before the task was read): background changes since then do not conflict (ADR 0034).</summary>
    [BindProperty]
    public long? GeopendOp { get; set; }

    [BindProperty]
    public Dictionary<string, string?> Velden { get; set; } = [];

    [BindProperty]
    public string? Uitkomst { get; set; }

    [BindProperty]
    public Guid? Naar { get; set; }

    [BindProperty]
    public string? Reden { get; set; }

    [BindProperty]
    public string? Tekst { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        GeopendOp = klok.GetUtcNow().UtcTicks;
        var toegang = await LaadAsync(id, ct);
        if (toegang is not null)
        {
            return toegang;
        }

        Versie = Taak.Versie;
        return Page();
    }

    public async Task<IActionResult> OnPostVoltooienAsync(Guid id, CancellationToken ct)
    {
        var resultaat = await VoerUitAsync(id, "De taak is afgerond.",
            async () => await motor.VoltooiAsync(id, Door(), Uitkomst, Velden.Where(v => v.Key.Length <= 50).ToDictionary(),
                await Formulierversie.TeControlerenAsync(lezer, id, Versie, GeopendOp is { } t ? new DateTime(t, DateTimeKind.Utc) : null, ct), ct),
            ct, veldPrefix: "Velden");
        if (resultaat is RedirectResult)
        {
            // The outbox is the durable path (the scheduler delivers it too); delivering now means the person sees the
            // effect, such as the new trekker on the directie page, at once instead of after the next round.
            try
            {
                await motor.BezorgGebeurtenissenAsync(ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Directe verwerking na afronden mislukt; de volgende ronde probeert het opnieuw");
            }
        }

        return resultaat;
    }

    public Task<IActionResult> OnPostOppakkenAsync(Guid id, CancellationToken ct) =>
        VoerUitAsync(id, "U heeft de taak opgepakt.", () => motor.ClaimAsync(id, Door(), Versie, ct), ct);

    public Task<IActionResult> OnPostDoorgevenAsync(Guid id, CancellationToken ct) =>
        VoerUitAsync(id, "De taak is doorgegeven.", async () =>
        {
            var naar = Naar is { } persoonId ? await organisatie.PersoonAsync(persoonId, ct) : null;
            return naar is null
                ? Shared.Validation.Resultaat<Guid>.Mislukt("Naar", "Kies aan wie u de taak doorgeeft.")
                : await motor.DelegeerAsync(id, Door(), new WorkflowPersoon(naar.Id, naar.Naam, naar.Email), Reden, Versie, ct);
        }, ct);

    /// <summary>Whoever may see the task (also after an escalation that does not hand it over) may comment on it.</summary>
    public Task<IActionResult> OnPostOpmerkingAsync(Guid id, CancellationToken ct) =>
        VoerUitAsync(id, "Uw opmerking is geplaatst.", () => motor.OpmerkingAsync(id, Door(), Tekst, ct), ct, alleenZien: true);

    private async Task<IActionResult> VoerUitAsync(
        Guid id, string melding, Func<Task<Shared.Validation.Resultaat<Guid>>> actie, CancellationToken ct, string? veldPrefix = null, bool alleenZien = false)
    {
        var toegang = await LaadAsync(id, ct);
        if (toegang is not null)
        {
            return toegang;
        }

        if (!MagBehandelen && !alleenZien)
        {
            return Forbid();
        }

        var resultaat = await actie();
        if (resultaat.IsGelukt)
        {
            TempData["Melding"] = melding;
            return Redirect($"/taken/{id}");
        }

        foreach (var fout in resultaat.Fouten)
        {
            // Form fields are posted as Velden[Naam]; the form handler names them without the prefix.
            var veld = veldPrefix is not null && fout.Veld is not ("Versie" or "Taak" or "Uitkomst" or "") ? $"{veldPrefix}[{fout.Veld}]" : fout.Veld;
            ModelState.AddModelError(veld, fout.Melding);
        }

        // The form shown again carries the current version, so it counts as opened now.
        GeopendOp = klok.GetUtcNow().UtcTicks;
        await LaadAsync(id, ct);
        ZonderVerborgenDoorgeefvelden();
        return Page();
    }

    /// <summary>
    /// A refused pass-on whose form is not shown again (nobody else holds the role now: a replayed request, or a role
    /// that ended meanwhile) has no field to link to. Its messages stay in the summary as text, above the paragraph that
    /// says why passing on cannot be done now, instead of as links to fields that are not on the page.
    /// </summary>
    private void ZonderVerborgenDoorgeefvelden()
    {
        if (Personen.Count > 0)
        {
            return;
        }

        foreach (var veld in new[] { nameof(Naar), nameof(Reden) })
        {
            if (ModelState.TryGetValue(veld, out var staat) && staat.Errors.Count > 0)
            {
                var meldingen = staat.Errors.Select(e => e.ErrorMessage).ToList();
                ModelState.Remove(veld);
                meldingen.ForEach(melding => ModelState.AddModelError(nameof(Taak), melding));
            }
        }
    }

    private Handelende Door() => new(User.PersoonId(), User.Identity?.Name ?? "onbekend", User.IsBureau());

    private async Task<IActionResult?> LaadAsync(Guid id, CancellationToken ct)
    {
        var taak = await lezer.TaakAsync(id, ct);
        if (taak is null)
        {
            return NotFound();
        }

        // Rights by today's roles (the runtime asks the role resolver), not by the stored list of names.
        var rechten = await motor.RechtenAsync(taak, Door(), ct);
        if (!rechten.MagZien)
        {
            return Forbid();
        }

        Taak = taak;
        MagBehandelen = rechten.MagAfronden;
        var instantie = (await lezer.InstantieAsync(taak.InstantieId, ct))!;
        var plan = await motor.DefinitieAsync(instantie.DefinitieId, instantie.DefinitieVersie, ct);
        Workflow = taak.Workflow;
        Uitkomsten = plan?.ProbeerStap(taak.StapId, out var stap) == true && stap is IdCyclus.Workflows.TaakStap taakStap
            ? taakStap.Uitkomsten.ToList()
            : [];
        Historie = await lezer.HistorieAsync(new HistorieVraag { TaakId = id }, ct);
        Opmerkingen = await lezer.OpmerkingenAsync(id, ct);
        var personen = await organisatie.PersonenAsync(ct);
        Behandelaars = personen.Where(x => taak.Kandidaten.Contains(x.Id) || taak.ToegewezenAan == x.Id).ToList();
        Personen = (await motor.DoorgeefbaarAanAsync(taak, Door(), ct)).Select(x => new Keuze(x.Id.ToString(), $"{x.Naam} ({x.Email})")).ToList();
        Afspraaklink = instantie.DefinitieId.StartsWith(AfspraaktaakPrefix, StringComparison.Ordinal) && instantie.ItemSleutel is { } afspraak
            ? $"/opvolging/{afspraak}"
            : null;
        await LaadCyclusAsync(taak, ct);
        return null;
    }

    private async Task LaadCyclusAsync(WorkflowTaak taak, CancellationToken ct)
    {
        if (IsInterviewtaak || taak.Formulier == InterviewfaseAfsluitenFormulier.Formuliernaam)
        {
            Jaar = await cyclusjaar.VanInstantieAsync(taak.InstantieId, ct);
        }

        if (IsInterviewtaak && Guid.TryParse(taak.Bereik, out var directieId))
        {
            DirectieId = directieId;
            Interview = await vragenlijst.InterviewAsync(Jaar!.Value, directieId, ct);
        }

        if (IsActieplantaak && Guid.TryParse(taak.Bereik, out var planDirectie))
        {
            DirectieId = planDirectie;
            Actieplan = await actieplannen.HuidigActieplanAsync(planDirectie, ct);
        }

        if (taak.Formulier == InterviewfaseAfsluitenFormulier.Formuliernaam && !taak.IsAfgerond)
        {
            Ontbrekend = await InterviewfaseAfsluitenFormulier.OntbrekendAsync(vragenlijst, organisatie, Jaar!.Value, klok.Vandaag(), ct);
        }
    }
}
