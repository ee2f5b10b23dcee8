using IdCyclus.Modules.Opvolging.Domain;
using IdCyclus.Modules.Opvolging.Persistence;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Validation;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Opvolging.Features.Sturing;

/// <param name="Gekozen">The proposals Bureau ticked, by <see cref="Sturingsregel.Sleutel"/>.</param>
/// <param name="NormDoorGmtOp">The day the GMT adopted the hours as its own agreement; empty while it is the report's recommendation.</param>
/// <param name="NormVersie">The version of the year's GMT norm the page showed (0: none yet), so two people never overwrite each other's norm.</param>
internal sealed record SturingVastleggen(
    int Rapportjaar,
    IReadOnlyCollection<string> Gekozen,
    DateOnly? DeadlineTrekker,
    DateOnly? DeadlinePlan,
    decimal? Uren,
    DateOnly? NormDoorGmtOp,
    Actor Door,
    int NormVersie = 0);

/// <summary>
/// Records the GMT's sturing in one go: one agreement per ticked proposal, owned by the directie's directeur. All or
/// nothing, so a refused line never leaves half a decision in the register. Proposals are computed again here, so a
/// directie that got a trekker since the page was opened is not given an agreement it no longer needs. With the day the
/// GMT adopted the hours, the norm is stored for the report year in the same transaction: from then on the dashboard and
/// the texts name it as the GMT's own agreement instead of the report's recommendation.
/// </summary>
internal sealed class SturingVastleggenHandler(
    OpvolgingDbContext db, Sturingsgegevens gegevens, Urennormen urennormen, IOrganisatieQueries organisatie, Afspraakopslag opslag,
    TimeProvider klok)
{
    public async Task<Resultaat<int>> VoerUitAsync(SturingVastleggen opdracht, CancellationToken ct)
    {
        var vandaag = klok.Vandaag();
        var fouten = new List<Fout>();
        if (opdracht.Uren is not { } uren || uren <= 0 || uren > Afspraakregels.MaxUrenPerWeek)
        {
            fouten.Add(new Fout(nameof(SturingVastleggen.Uren), $"Het aantal uren per week ligt tussen 0 en {Afspraakregels.MaxUrenPerWeek:0}."));
        }

        if (opdracht.NormDoorGmtOp > vandaag)
        {
            fouten.Add(new Fout(nameof(SturingVastleggen.NormDoorGmtOp), "De dag waarop het GMT de norm vaststelde ligt in de toekomst."));
        }
        else if (opdracht.NormDoorGmtOp is null
                 && (await urennormen.VoorJaarAsync(opdracht.Rapportjaar, ct)).Norm is { DoorGmtVastgesteldOp: { } opgeslagenOp } opgeslagen)
        {
            fouten.Add(new Fout(nameof(SturingVastleggen.NormDoorGmtOp),
                $"Het GMT stelde de norm voor {opdracht.Rapportjaar} al vast op {Nederlands.Datum(opgeslagenOp)}: minimaal " +
                $"{Systeemcontrole.Uren(opgeslagen.Uren)} per week. Vul die dag in, of de dag waarop het GMT een nieuwe norm vaststelde."));
        }
        else if (opdracht.NormDoorGmtOp is null && opdracht.Uren is { } andere && andere != Urennorm.AanbevolenUren)
        {
            // Other hours than the report's can only be the GMT's own decision; otherwise the texts would call them the
            // report's recommendation.
            fouten.Add(new Fout(nameof(SturingVastleggen.NormDoorGmtOp),
                $"Het rapport beveelt {Urennorm.AanbevolenUren:0} uur per week aan; andere uren kunnen alleen als afspraak van het GMT. " +
                "Vul de dag in waarop het GMT ze vaststelde."));
        }

        if (opdracht.Gekozen.Count == 0)
        {
            fouten.Add(new Fout(nameof(SturingVastleggen.Gekozen), "Kies minstens één afspraak om vast te leggen."));
        }

        if (fouten.Count > 0)
        {
            return Resultaat<int>.Mislukt(fouten);
        }

        var norm = new Urennorm(opdracht.Uren!.Value, opdracht.Rapportjaar, opdracht.NormDoorGmtOp);
        var regels = (await gegevens.VoorstellenAsync(norm, vandaag, ct)).ToDictionary(r => r.Sleutel);
        var nieuw = new List<(Sturingsregel Regel, PersoonGegevens Directeur, DateOnly Deadline)>();
        foreach (var sleutel in opdracht.Gekozen)
        {
            if (!regels.TryGetValue(sleutel, out var regel))
            {
                fouten.Add(new Fout(
                    nameof(SturingVastleggen.Gekozen),
                    "Een gekozen voorstel geldt niet meer (de gegevens zijn intussen veranderd); bekijk de lijst opnieuw."));
                continue;
            }

            var naam = regel.Directie.Weergavenaam;
            var trekker = regel.Voorstel.Soort == Afspraaksoort.TrekkerBenoemd;
            var deadlineVeld = trekker ? nameof(SturingVastleggen.DeadlineTrekker) : nameof(SturingVastleggen.DeadlinePlan);
            var deadline = trekker ? opdracht.DeadlineTrekker : opdracht.DeadlinePlan;
            var directeur = await organisatie.DirecteurAsync(regel.Directie.Id, vandaag, ct);
            var voorstel = new Afspraakvoorstel(
                regel.Voorstel.Soort, Afspraakbron.Gmt, regel.Directie.Id, directeur?.Id, regel.Voorstel.Reden, vandaag, deadline, regel.Voorstel.MinimaleUren);
            foreach (var fout in Afspraakregels.Controleer(voorstel).DistinctBy(f => f.Veld))
            {
                fouten.Add(fout.Veld switch
                {
                    nameof(Afspraakvoorstel.Deadline) => fout with { Veld = deadlineVeld },
                    nameof(Afspraakvoorstel.EigenaarId) =>
                        new Fout(nameof(SturingVastleggen.Gekozen), $"{naam} heeft vandaag geen directeur; leg die eerst vast bij Organisatie."),
                    _ => new Fout(nameof(SturingVastleggen.Gekozen), $"{naam}: {fout.Melding}"),
                });
            }

            if (regel.HeeftLopendeAfspraak)
            {
                fouten.Add(new Fout(
                    nameof(SturingVastleggen.Gekozen),
                    $"{naam} heeft al een lopende afspraak ‘{Afspraakteksten.Soort(regel.Voorstel.Soort)}’."));
            }

            if (directeur is not null && deadline is { } d)
            {
                nieuw.Add((regel, directeur, d));
            }
        }

        if (fouten.Count > 0)
        {
            return Resultaat<int>.Mislukt(fouten.Distinct().ToList());
        }

        return await db.VoerSerieelUitAsync(async () =>
        {
            if (opdracht.NormDoorGmtOp is { } vastgesteldOp && !await NormVastleggenAsync(opdracht, vastgesteldOp, ct))
            {
                return Resultaat<int>.Mislukt(nameof(SturingVastleggen.Uren), SerieelUitvoeren.ConflictMelding);
            }

            foreach (var (regel, directeur, deadline) in nieuw)
            {
                opslag.VoegToe(regel.Voorstel.Soort, Afspraakbron.Gmt, regel.Directie, directeur, regel.Voorstel.Reden, regel.Voorstel.MinimaleUren, vandaag,
                    deadline, opdracht.Door,
                    $"Vastgelegd uit de sturing van het GMT met deadline {IdCyclus.Shared.Nederlands.Datum(deadline)}; eigenaar {directeur.Naam}. "
                    + $"{regel.Voorstel.Reden}");
            }

            return Resultaat<int>.Gelukt(nieuw.Count);
        }, ct);
    }

    /// <summary>Stores the GMT's norm for the year; false when it changed since the page showed it.</summary>
    private async Task<bool> NormVastleggenAsync(SturingVastleggen opdracht, DateOnly vastgesteldOp, CancellationToken ct)
    {
        var rij = await db.Urennormen.FirstOrDefaultAsync(n => n.Rapportjaar == opdracht.Rapportjaar, ct);
        if ((rij?.Versie ?? 0) != opdracht.NormVersie)
        {
            return false;
        }

        if (rij is null)
        {
            rij = new Urennormrij { Rapportjaar = opdracht.Rapportjaar, VastgelegdDoor = opdracht.Door.Naam };
            db.Urennormen.Add(rij);
        }
        else if (rij.Uren == opdracht.Uren && rij.VastgesteldOp == vastgesteldOp)
        {
            return true;
        }

        rij.Uren = opdracht.Uren!.Value;
        rij.VastgesteldOp = vastgesteldOp;
        rij.VastgelegdOpUtc = klok.GetUtcNow().UtcDateTime;
        rij.VastgelegdDoor = opdracht.Door.Naam;
        rij.Versie++;
        return true;
    }
}
