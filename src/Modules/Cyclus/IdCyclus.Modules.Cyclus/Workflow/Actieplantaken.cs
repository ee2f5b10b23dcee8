using IdCyclus.Modules.Actieplannen.Contracts;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared.Validation;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Motor;

namespace IdCyclus.Modules.Cyclus.Workflow;

/// <summary>"ingediende-actieplannen": directies whose current plan waits for the directeur; the scope is the directie.</summary>
internal sealed class IngediendeActieplannen(IActieplannenQueries actieplannen, IOrganisatieQueries organisatie) : IWorkflowCollectie
{
    public const string Collectienaam = "ingediende-actieplannen";

    public string Naam => Collectienaam;

    public async Task<IReadOnlyList<WorkflowItem>> ItemsAsync(DateOnly datum, CancellationToken cancellationToken) =>
        await Items(actieplannen, organisatie, p => p.Versiestatus == "ingediend", cancellationToken);

    public static async Task<IReadOnlyList<WorkflowItem>> Items(
        IActieplannenQueries actieplannen, IOrganisatieQueries organisatie, Func<ActieplanSamenvatting, bool> filter, CancellationToken ct)
    {
        var items = new List<WorkflowItem>();
        foreach (var plan in (await actieplannen.HuidigeActieplannenAsync(ct)).Where(filter))
        {
            if (await organisatie.DirectieAsync(plan.DirectieId, ct) is { } directie)
            {
                items.Add(new WorkflowItem(directie.Id.ToString(), $"{directie.Weergavenaam}, actieplan {plan.Jaar}", directie.Id.ToString()));
            }
        }

        return items.OrderBy(i => i.Omschrijving, IdCyclus.Shared.Nederlands.Sortering).ToList();
    }
}

/// <summary>"directies-met-actieplan": directies whose current plan is approved and still has open actions.</summary>
internal sealed class DirectiesMetActieplan(IActieplannenQueries actieplannen, IOrganisatieQueries organisatie) : IWorkflowCollectie
{
    public string Naam => "directies-met-actieplan";

    public async Task<IReadOnlyList<WorkflowItem>> ItemsAsync(DateOnly datum, CancellationToken cancellationToken) =>
        await IngediendeActieplannen.Items(actieplannen, organisatie, p => p.HeeftGoedgekeurdeVersie && p.OpenActies > 0, cancellationToken);
}

/// <summary>
/// "zonder-open-goedkeuringstaak": no approval task is open for the directie yet. Every start of the approval workflow
/// runs over all submitted plans; this keeps a plan from getting a second task, and lets a later start pick up a plan
/// whose own start was lost (ADR 0013).
/// </summary>
internal sealed class ZonderOpenGoedkeuringstaak(IWorkflowLezer lezer) : IWorkflowVoorwaarde
{
    public string Naam => "zonder-open-goedkeuringstaak";

    public async Task<bool> GeldtAsync(WorkflowItem item, DateOnly datum, CancellationToken cancellationToken) =>
        item.Bereik is null
        || (await lezer.TakenAsync(
            new TaakVraag { Formulier = ActieplanGoedkeurenFormulier.Formuliernaam, Bereik = item.Bereik },
            cancellationToken)).Count == 0;
}

/// <summary>Starts the approval workflow when a trekker submits a plan (the plan module knows only <see cref="IActieplanGoedkeuring"/>).</summary>
internal sealed class ActieplanGoedkeuringStarter(WorkflowMotor motor, TimeProvider klok) : IActieplanGoedkeuring
{
    public const string Definitie = "actieplan-goedkeuren";

    public async Task VraagGoedkeuringAsync(Guid directieId, int jaar, int versie, string doorNaam, CancellationToken cancellationToken = default)
    {
        var resultaat = await motor.StartAsync(Definitie, null, klok.GetUtcNow(), new Handelende(null, doorNaam), cancellationToken);
        if (!resultaat.IsGelukt)
        {
            throw new InvalidOperationException(string.Join("; ", resultaat.Fouten.Select(f => f.Melding)));
        }
    }
}

/// <summary>
/// The directeur approves the submitted plan or sends it back with a comment. The decision goes to Actieplannen as an
/// integration event; the version the directeur saw travels with it, so a plan changed since is never approved unseen.
/// </summary>
internal sealed class ActieplanGoedkeurenFormulier(IActieplannenQueries actieplannen, IOrganisatieQueries organisatie) : ITaakFormulier
{
    public const string Formuliernaam = "actieplan-goedkeuren";

    public string Naam => Formuliernaam;

    public async Task<FormulierUitkomst> VerwerkAsync(
        FormulierContext context,
        IReadOnlyDictionary<string, string?> velden,
        CancellationToken cancellationToken)
    {
        if (await CyclusFormulieren.DirectieAsync(organisatie, context, cancellationToken) is not { } directie)
        {
            return FormulierUitkomst.Fout([CyclusFormulieren.GeenDirectie]);
        }

        var plan = await actieplannen.HuidigActieplanAsync(directie.Id, cancellationToken);
        if (plan is not { Versiestatus: "ingediend" })
        {
            return FormulierUitkomst.Fout([new Fout(string.Empty, $"Er ligt geen actieplan van {directie.Afkorting} ter goedkeuring.")]);
        }

        var directeur = await organisatie.DirecteurAsync(directie.Id, CyclusFormulieren.Datum(context.Moment), cancellationToken);
        var fouten = new List<Fout>();
        if (directeur?.Id != context.Door.Id)
        {
            fouten.Add(new Fout(string.Empty, $"Alleen de directeur van {directie.Afkorting} keurt het actieplan goed of stuurt het terug."));
        }

        var besluit = CyclusFormulieren.Tekst(velden, "Besluit");
        if (besluit is not ("goedkeuren" or "terugsturen"))
        {
            fouten.Add(new Fout("Besluit", "Kies: goedkeuren of terugsturen naar de trekker."));
        }

        var opmerking = CyclusFormulieren.Tekst(velden, "Opmerking");
        if (besluit == "terugsturen" && opmerking is null)
        {
            fouten.Add(new Fout("Opmerking", "Schrijf bij het terugsturen wat de trekker moet aanpassen."));
        }
        else if (opmerking?.Length > CyclusFormulieren.MaxTekst)
        {
            fouten.Add(new Fout("Opmerking", $"De opmerking is {opmerking.Length} tekens lang; het maximum is {CyclusFormulieren.MaxTekst}."));
        }

        var gezien = int.TryParse(CyclusFormulieren.Tekst(velden, "PlanVersie"), out var v) ? v : -1;
        if (gezien != plan.Versie)
        {
            fouten.Add(new Fout("PlanVersie", $"Ter goedkeuring ligt versie {plan.Versie}; open het plan opnieuw en bekijk die versie voordat u besluit."));
        }

        if (fouten.Count > 0)
        {
            return FormulierUitkomst.Fout(fouten);
        }

        var goedgekeurd = besluit == "goedkeuren";
        return FormulierUitkomst.Gelukt(
            goedgekeurd
                ? $"Actieplan {plan.Jaar} van {directie.Afkorting}, versie {plan.Versie}, goedgekeurd.{(opmerking is null ? "" : $" Opmerking: {opmerking}")}"
                : $"Actieplan {plan.Jaar} van {directie.Afkorting}, versie {plan.Versie}, teruggestuurd: {opmerking}",
            CyclusFormulieren.Gebeurtenis(ActieplanBeoordeeld.Type, context,
                new ActieplanBeoordeeld(directie.Id, plan.Jaar, plan.Versie, goedgekeurd, opmerking, context.Door.Id, context.Door.Naam)));
    }
}

/// <summary>
/// "Werk de voortgang van het actieplan bij": done when every open action has a status recorded since the task was
/// created. The statuses themselves are saved on the plan's progress page; this form only checks them.
/// </summary>
internal sealed class ActieplanVoortgangFormulier(IActieplannenQueries actieplannen, IOrganisatieQueries organisatie, IWorkflowLezer lezer) : ITaakFormulier
{
    public const string Formuliernaam = "actieplan-voortgang";

    public string Naam => Formuliernaam;

    public async Task<FormulierUitkomst> VerwerkAsync(
        FormulierContext context,
        IReadOnlyDictionary<string, string?> velden,
        CancellationToken cancellationToken)
    {
        if (await CyclusFormulieren.DirectieAsync(organisatie, context, cancellationToken) is not { } directie)
        {
            return FormulierUitkomst.Fout([CyclusFormulieren.GeenDirectie]);
        }

        var plan = await actieplannen.HuidigActieplanAsync(directie.Id, cancellationToken);
        var sinds = (await lezer.TaakAsync(context.TaakId, cancellationToken))!.AangemaaktOpUtc;
        var fouten = await actieplannen.ControleerKwartaalupdateAsync(
            directie.Id,
            new DateTimeOffset(DateTime.SpecifyKind(sinds, DateTimeKind.Utc)),
            cancellationToken);
        if (fouten.Count > 0)
        {
            return FormulierUitkomst.Fout(
                [new Fout(
                    string.Empty,
                    $"Werk eerst de voortgang van alle open acties bij op /actieplannen/{plan?.Jaar}/{directie.Id}/voortgang ({fouten.Count} nog niet "
                    + "bijgewerkt)."),
                 .. fouten.Select(f => new Fout(string.Empty, f.Melding))]);
        }

        return FormulierUitkomst.Gelukt(
            $"Voortgang van het actieplan {plan?.Jaar} van {directie.Afkorting} bijgewerkt: "
            + $"{plan?.OpenActies} open actie(s), waarvan {plan?.AchterstalligeActies} over de termijn.");
    }
}
