using System.Globalization;
using System.Text.Json;
using IdCyclus.Modules.Cyclus.Agenda;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Cyclus.Workflow;
using IdCyclus.Modules.Rapportage.Contracts;
using IdCyclus.Shared;
using IdCyclus.Workflows.Runtime;

namespace IdCyclus.Modules.Cyclus.Duidingsgesprekken;

/// <summary>
/// One section's duidingsgesprek as people see it. <see cref="Id"/> is the section's run (child instance) of the
/// workflow: it is the stable identity of the conversation, also in the calendar (UID).
/// </summary>
internal sealed record Duidingsgesprek(
    Guid Id, int Jaar, string ClusterId, string ClusterNaam, WorkflowTaak Plantaak, Gespreksplanning? Planning, WorkflowTaak? Uitkomsttaak)
{
    public bool IsGepland => Planning is not null;

    public string Uid => $"duidingsgesprek-{Id:N}@idcyclus.amsterdam.nl";

    public string Pad => $"/duidingsgesprekken/{Id}";

    /// <summary>Planned, and the outcome not recorded (nor the run ended): the accounthouder may still move it (ADR 0029).</summary>
    public bool KanVerplaatsen => Planning is not null && Plantaak.Status == TaakStatus.Voltooid
        && Uitkomsttaak?.Status is not (TaakStatus.Voltooid or TaakStatus.Geannuleerd);

    public bool IsGeannuleerd => Planning?.IsGeannuleerd == true;

    /// <summary>Planned, standing and no outcome yet (ADR 0027); a cancelled one is planned again through "verplaatsen".</summary>
    public bool KanAnnuleren => KanVerplaatsen && !IsGeannuleerd;

    /// <summary>Where it stands, in one phrase for the lists.</summary>
    public string Stand => Planning switch
    {
        null => "nog niet gepland",
        { Annulering: not null } p => $"geannuleerd (was {p.Omschrijving()})",
        { } p => p.Omschrijving(),
    };

    /// <summary>The accounthouders of the section (the planning task's people) and Bureau.</summary>
    public bool IsVanAccounthouder(Guid? persoonId, bool isBureau) => isBureau || (persoonId is { } id
        && (Plantaak.Kandidaten.Contains(id) || Plantaak.ToegewezenAan == id || Plantaak.VoltooidDoor == id));
}

/// <summary>
/// The clusterdirecteur's conversation with one directeur after the duidingsgesprek: its task, and once done the day and
/// the short note from its form (<see cref="DuidingNabesprekenFormulier"/>).
/// </summary>
internal sealed record Nabespreking(string Directie, WorkflowTaak Taak, DateOnly? Datum, string? Notitie)
{
    public static Nabespreking Van(WorkflowTaak taak)
    {
        // Read as the form reads them (CyclusFormulieren.Tekst), which accepted only a valid day and a non-empty note.
        var velden = Gesprekken.Vastgelegd(taak) ?? [];
        var datumTekst = CyclusFormulieren.Tekst(velden, "Datum");
        var datum = DateOnly.TryParseExact(datumTekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dag) ? dag : (DateOnly?)null;
        return new Nabespreking(taak.BereikOmschrijving ?? taak.Bereik ?? "", taak, datum, CyclusFormulieren.Tekst(velden, "Notitie"));
    }
}

/// <summary>The recorded outcome of a duidingsgesprek: the summary and the agreements per directie.</summary>
internal sealed record Duidingsuitkomst(string Samenvatting, IReadOnlyList<Duidingsafspraak> Afspraken, DateTime VastgelegdOpUtc);

/// <summary>
/// Reads the duidingsgesprekken from the runtime's tasks (ADR 0025): the planning is the planning task's completed
/// fields, checked again by <see cref="Gespreksplanningregels"/>. Also decides who may see one and makes its invitation.
/// </summary>
internal sealed class Gesprekken(IWorkflowLezer lezer, IOrganisatieQueries organisatie, IRapportageQueries rapportage, TimeProvider klok)
{
    public async Task<IReadOnlyList<Duidingsgesprek>> AlleAsync(int? jaar, CancellationToken ct)
    {
        var plantaken = (await lezer.TakenAsync(new TaakVraag { Formulier = Duidingsgesprekken.PlannenFormulier, OokAfgerond = true }, ct))
            .Where(t => Duidingsgesprekken.Jaar(t.DefinitieId) is { } j && (jaar is null || j == jaar)).ToList();
        var uitkomsttaken = (await lezer.TakenAsync(new TaakVraag { Formulier = Duidingsgesprekken.UitkomstFormulier, OokAfgerond = true }, ct))
            .ToLookup(t => t.InstantieId);
        return plantaken
            .Select(t => new Duidingsgesprek(
                t.InstantieId, Duidingsgesprekken.Jaar(t.DefinitieId)!.Value, t.Bereik ?? "", t.BereikOmschrijving ?? t.Bereik ?? "",
                t, Planning(t), uitkomsttaken[t.InstantieId].FirstOrDefault()))
            .OrderBy(g => g.Jaar).ThenBy(g => g.ClusterNaam, Nederlands.Sortering).ToList();
    }

    public async Task<Duidingsgesprek?> VindAsync(Guid id, CancellationToken ct) => (await AlleAsync(null, ct)).FirstOrDefault(g => g.Id == id);

    /// <summary>
    /// Bureau; the accounthouders the planning task is for (its candidates, assignee, who planned it); the section's
    /// clusterdirecteur today; and the extra participants named in the planning. Another accounthouder sees nothing.
    /// </summary>
    public async Task<bool> MagZienAsync(Duidingsgesprek gesprek, Guid? persoonId, bool isBureau, CancellationToken ct)
    {
        if (isBureau)
        {
            return true;
        }

        if (persoonId is not { } id)
        {
            return false;
        }

        var taak = gesprek.Plantaak;
        if (taak.Kandidaten.Contains(id) || taak.ToegewezenAan == id || taak.VoltooidDoor == id)
        {
            return true;
        }

        if (await organisatie.ClusterdirecteurAsync(gesprek.ClusterId, klok.Vandaag(), ct) is { } cd && cd.Id == id)
        {
            return true;
        }

        return gesprek.Planning is { } planning && await organisatie.PersoonAsync(id, ct) is { } persoon
            && planning.Deelnemers.Contains(persoon.Email, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The conversations this person may see, for their own list and their calendar feed.</summary>
    public async Task<IReadOnlyList<Duidingsgesprek>> VoorPersoonAsync(Guid persoonId, CancellationToken ct)
    {
        var zichtbaar = new List<Duidingsgesprek>();
        foreach (var gesprek in await AlleAsync(null, ct))
        {
            if (await MagZienAsync(gesprek, persoonId, false, ct))
            {
                zichtbaar.Add(gesprek);
            }
        }

        return zichtbaar;
    }

    /// <summary>
    /// The calendar item: organizer the accounthouder who planned it, attendees the clusterdirecteur and the participants,
    /// a Dutch summary, and the link to the section's pages. The sequence is the planning's: 0 when planned, one more per
    /// move (ADR 0029), so the same UID and sequence mean the same invitation every time it is downloaded.
    /// </summary>
    public async Task<Agendapunt?> AgendapuntAsync(Duidingsgesprek gesprek, string basisUrl, CancellationToken ct)
    {
        if (gesprek.Planning is not { } planning)
        {
            return null;
        }

        var accounthouder = gesprek.Plantaak.VoltooidDoor is { } a ? await organisatie.PersoonAsync(a, ct) : null;
        var datum = DateOnly.FromDateTime(Tijd.InAmsterdam(gesprek.Plantaak.VoltooidOpUtc ?? gesprek.Plantaak.AangemaaktOpUtc));
        var clusterdirecteur = await organisatie.ClusterdirecteurAsync(gesprek.ClusterId, datum, ct);
        var deelnemers = new List<Agendapersoon>();
        if (clusterdirecteur is not null)
        {
            deelnemers.Add(new Agendapersoon(clusterdirecteur.Naam, clusterdirecteur.Email));
        }

        deelnemers.AddRange(planning.Deelnemers.Where(d => !deelnemers.Any(x => string.Equals(x.Email, d, StringComparison.OrdinalIgnoreCase)))
            .Select(d => new Agendapersoon(d, d)));
        var sectie = (await rapportage.SectiesVoorClusterdirecteurAsync(gesprek.Jaar, [gesprek.ClusterId], ct))
            .FirstOrDefault(s => s.ClusterId == gesprek.ClusterId);
        var basis = basisUrl.TrimEnd('/');
        var omschrijving = (planning.Annulering is { } reden ? $"Geannuleerd: {reden}\n" : "")
                           + $"Duidingsgesprek over de sectie {gesprek.ClusterNaam} van de Voortgangsrapportage {gesprek.Jaar}, "
                           + "met Bureau Inclusie en Diversiteit."
                           + (sectie is null ? "" : $"\nDe pagina's van de sectie: {basis}{sectie.Pad}")
                           + $"\nHet gesprek in IdCyclus: {basis}{gesprek.Pad}";
        return new Agendapunt(
            gesprek.Uid, $"Duidingsgesprek Voortgangsrapportage {gesprek.Jaar} – {gesprek.ClusterNaam}", omschrijving,
            Begin: planning.Begin, Eind: planning.Eind, Locatie: planning.Locatie, Link: basis + gesprek.Pad, Volgnummer: planning.Volgnummer,
            Organisator: accounthouder is null
                ? new Agendapersoon("Bureau Inclusie en Diversiteit", "bureau-id@amsterdam.nl")
                : new Agendapersoon(accounthouder.Naam, accounthouder.Email),
            Deelnemers: deelnemers, Geannuleerd: planning.IsGeannuleerd);
    }

    /// <summary>
    /// What the accounthouder recorded when the outcome task was completed, read back through the same rules on the day
    /// it was recorded (so an agreement's deadline, then in the future, still counts and the directies are those of that
    /// day). Null while nothing is recorded. It is what the clusterdirecteur discusses with each directeur afterwards.
    /// </summary>
    public async Task<Duidingsuitkomst?> UitkomstAsync(Duidingsgesprek gesprek, CancellationToken ct)
    {
        if (Vastgelegd(gesprek.Uitkomsttaak) is not { } velden || gesprek.Uitkomsttaak?.VoltooidOpUtc is not { } op)
        {
            return null;
        }

        var dag = CyclusFormulieren.Datum(new DateTimeOffset(op, TimeSpan.Zero));
        var directies = await Duidingsformulier.DirectiesVanClusterAsync(organisatie, gesprek.ClusterId, dag, ct);
        var (uitkomst, afspraken, _) = Uitkomstregels.Controleer(velden, directies, dag);
        return uitkomst is null ? null : new Duidingsuitkomst(uitkomst, afspraken, op);
    }

    /// <summary>
    /// Per conversation, the clusterdirecteur's follow-up with each directeur of the section (<c>duiding-nabespreken</c>):
    /// the runs are found by their unique key, which names the conversation (<see cref="NabesprekenStartenHandler.GesprekVan"/>).
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<Nabespreking>>> NabesprekingenAsync(CancellationToken ct)
    {
        var gesprekVan = (await lezer.InstantiesAsync(new InstantieVraag { DefinitieId = NabesprekenStartenHandler.DefinitieId }, ct))
            .Select(i => (i.Id, Gesprek: NabesprekenStartenHandler.GesprekVan(i.UniekeSleutel)))
            .Where(i => i.Gesprek is not null)
            .ToDictionary(i => i.Id, i => i.Gesprek!.Value);
        if (gesprekVan.Count == 0)
        {
            return new Dictionary<Guid, IReadOnlyList<Nabespreking>>();
        }

        var taken = await lezer.TakenAsync(new TaakVraag { Formulier = Duidingsgesprekken.NabesprekenFormulier, OokAfgerond = true }, ct);
        return taken.Where(t => gesprekVan.ContainsKey(t.InstantieId))
            .GroupBy(t => gesprekVan[t.InstantieId])
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Nabespreking>)g.Select(Nabespreking.Van).OrderBy(n => n.Directie, Nederlands.Sortering).ToList());
    }

    private static Gespreksplanning? Planning(WorkflowTaak taak) =>
        Vastgelegd(taak) is { } velden ? Gespreksplanningregels.Controleer(velden, null).Planning : null;

    /// <summary>The fields a completed task was completed with (planning, outcome, follow-up); null while it is not completed.</summary>
    public static Dictionary<string, string?>? Vastgelegd(WorkflowTaak? taak) =>
        taak is { Status: TaakStatus.Voltooid, FormulierJson: { } json } ? JsonSerializer.Deserialize<Dictionary<string, string?>>(json) ?? [] : null;
}
