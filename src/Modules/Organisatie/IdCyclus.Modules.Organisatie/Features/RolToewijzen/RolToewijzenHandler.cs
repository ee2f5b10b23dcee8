using System.Net.Mail;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Organisatie.Domain;
using IdCyclus.Modules.Organisatie.Persistence;
using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Validation;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Organisatie.Features.RolToewijzen;

/// <summary>
/// Bureau gives a person a role for a period. The person is an existing one, or a new one named in the same form
/// (a directeur often names a trekker Bureau has never registered).
/// </summary>
internal sealed record RolToewijzenOpdracht(
    Rol? Rol,
    Guid? PersoonId,
    string? NieuwePersoonNaam,
    string? NieuwePersoonEmail,
    Guid? DirectieId,
    string? ClusterId,
    DateOnly? Van,
    DateOnly? Tot,
    decimal? UrenPerWeek);

internal sealed class RolToewijzenHandler(OrganisatieDbContext db, TimeProvider klok)
{
    /// <param name="inbox">For an integration event: its key, recorded in the same transaction (idempotent delivery).</param>
    public Task<Resultaat<Guid>> HandleAsync(RolToewijzenOpdracht opdracht, Actor actor, CancellationToken cancellationToken, string? inbox = null) =>
        db.VoerSerieelUitAsync(() => ToewijzenAsync(opdracht, actor, inbox, cancellationToken), cancellationToken);

    private async Task<Resultaat<Guid>> ToewijzenAsync(RolToewijzenOpdracht opdracht, Actor actor, string? inbox, CancellationToken cancellationToken)
    {
        var fouten = new List<Fout>();
        if (opdracht.Rol is null)
        {
            fouten.Add(new Fout(nameof(opdracht.Rol), "Kies een rol."));
        }

        var persoon = await BepaalPersoonAsync(opdracht, fouten, cancellationToken);
        var directie = opdracht.DirectieId is { } directieId ? await db.Directies.FindAsync([directieId], cancellationToken) : null;
        if (opdracht.DirectieId is not null && directie is null)
        {
            fouten.Add(new Fout(nameof(opdracht.DirectieId), "Deze directie bestaat niet (meer)."));
        }

        var cluster = string.IsNullOrEmpty(opdracht.ClusterId) ? null : await db.Clusters.FindAsync([opdracht.ClusterId], cancellationToken);
        if (!string.IsNullOrEmpty(opdracht.ClusterId) && cluster is null)
        {
            fouten.Add(new Fout(nameof(opdracht.ClusterId), "Dit cluster bestaat niet."));
        }

        if (opdracht.Van is null)
        {
            fouten.Add(new Fout(nameof(opdracht.Van), "Vul de begindatum in."));
        }

        if (fouten.Count > 0 || persoon is null || opdracht.Rol is not { } rol || opdracht.Van is not { } van)
        {
            return Resultaat<Guid>.Mislukt(fouten);
        }

        var voorstel = new RolVoorstel(rol, persoon, directie, cluster, van, opdracht.Tot, opdracht.UrenPerWeek);
        var bestaande = await db.Roltoewijzingen
            .Where(r => r.Rol == rol && r.DirectieId == opdracht.DirectieId && r.ClusterId == (cluster == null ? null : cluster.Id))
            .ToListAsync(cancellationToken);
        var namen = await db.Personen.Where(p => bestaande.Select(b => b.PersoonId).Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Naam, cancellationToken);
        var regelFouten = RolRegels.Controleer(voorstel, bestaande, id => namen.GetValueOrDefault(id, "onbekend"));
        if (regelFouten.Count > 0)
        {
            return Resultaat<Guid>.Mislukt(regelFouten.Select(MetFormulierVeld).ToList());
        }

        var toewijzing = Roltoewijzing.Nieuw(rol, persoon.Id, directie?.Id, cluster?.Id, van, opdracht.Tot, opdracht.UrenPerWeek);
        db.Roltoewijzingen.Add(toewijzing);
        Wijzigingen.Audit(db, klok, actor, toewijzing, "Rol toegewezen", null, RolOmschrijving.Van(toewijzing, persoon.Naam));
        Trekkermelding.Meld(db, toewijzing, persoon.Naam, klok.GetUtcNow().UtcDateTime);
        if (inbox is not null)
        {
            // Again inside the (possibly retried) transaction: a retry clears the change tracker.
            Inbox.Noteer(db, inbox, klok);
        }

        return Resultaat<Guid>.Gelukt(toewijzing.Id);
    }

    private async Task<Persoon?> BepaalPersoonAsync(RolToewijzenOpdracht opdracht, List<Fout> fouten, CancellationToken cancellationToken)
    {
        var nieuweNaam = opdracht.NieuwePersoonNaam?.Trim();
        var nieuweEmail = opdracht.NieuwePersoonEmail?.Trim().ToLowerInvariant();
        var wilNieuw = !string.IsNullOrEmpty(nieuweNaam) || !string.IsNullOrEmpty(nieuweEmail);

        if (opdracht.PersoonId is { } persoonId)
        {
            if (wilNieuw)
            {
                fouten.Add(new Fout(nameof(opdracht.PersoonId), "Kies een bestaande persoon óf vul een nieuwe persoon in, niet allebei."));
                return null;
            }

            var bestaand = await db.Personen.FindAsync([persoonId], cancellationToken);
            if (bestaand is null)
            {
                fouten.Add(new Fout(nameof(opdracht.PersoonId), "Deze persoon bestaat niet."));
            }

            return bestaand;
        }

        if (!wilNieuw)
        {
            fouten.Add(new Fout(nameof(opdracht.PersoonId), "Kies een persoon, of vul naam en e-mailadres van een nieuwe persoon in."));
            return null;
        }

        if (string.IsNullOrEmpty(nieuweNaam))
        {
            fouten.Add(new Fout(nameof(opdracht.NieuwePersoonNaam), "Vul de naam van de nieuwe persoon in."));
        }
        else
        {
            Tekstlengte.Controleer(fouten, nameof(opdracht.NieuwePersoonNaam), "De naam", nieuweNaam, Persoonsvelden.MaxNaam);
        }

        if (string.IsNullOrEmpty(nieuweEmail))
        {
            fouten.Add(new Fout(nameof(opdracht.NieuwePersoonEmail), "Vul het e-mailadres van de nieuwe persoon in."));
        }
        else if (Tekstlengte.Controleer(nameof(opdracht.NieuwePersoonEmail), "Het e-mailadres", nieuweEmail, Persoonsvelden.MaxEmail) is { } teLang)
        {
            fouten.Add(teLang);
        }
        else if (!IsGeldigEmail(nieuweEmail))
        {
            fouten.Add(new Fout(nameof(opdracht.NieuwePersoonEmail), $"'{nieuweEmail}' is geen geldig e-mailadres, bijvoorbeeld naam@amsterdam.nl."));
        }
        else if (await db.Personen.AnyAsync(p => p.Email == nieuweEmail, cancellationToken))
        {
            fouten.Add(new Fout(nameof(opdracht.NieuwePersoonEmail), $"Er is al een persoon met e-mailadres {nieuweEmail}; kies die persoon in de lijst."));
        }

        if (fouten.Any(f => f.Veld.StartsWith("NieuwePersoon", StringComparison.Ordinal)))
        {
            return null;
        }

        var persoon = new Persoon { Naam = nieuweNaam!, Email = nieuweEmail! };
        db.Personen.Add(persoon);
        return persoon;
    }

    private static bool IsGeldigEmail(string email) =>
        MailAddress.TryCreate(email, out var adres) && adres.Address == email && email.Contains('.', StringComparison.Ordinal);

    /// <summary>The domain speaks of Directie/Cluster; the form's fields are the ids.</summary>
    private static Fout MetFormulierVeld(Fout fout) => fout.Veld switch
    {
        nameof(RolVoorstel.Directie) => fout with { Veld = nameof(RolToewijzenOpdracht.DirectieId) },
        nameof(RolVoorstel.Cluster) => fout with { Veld = nameof(RolToewijzenOpdracht.ClusterId) },
        _ => fout,
    };
}
