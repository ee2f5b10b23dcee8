using System.Security.Claims;
using IdCyclus.Modules.Cyclus.Workflow;
using IdCyclus.Shared;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Web;
using IdCyclus.Workflows;
using IdCyclus.Workflows.Runtime;

namespace IdCyclus.Modules.Cyclus.Features.Startpagina;

/// <summary>
/// Bureau's start page: where the newest yearly cycle stands (its phase on today's date), which steps have tasks past
/// their deadline and which deadlines come next, so Bureau sees in one look whom to chase instead of a list of links.
/// </summary>
internal sealed class CyclusstandStartblok(IWorkflowLezer lezer, TimeProvider klok) : IStartblokBron
{
    public const int MaximumDeadlines = 6;

    public async Task<IReadOnlyList<Startblok>> BlokkenAsync(ClaimsPrincipal gebruiker, CancellationToken ct)
    {
        if (!gebruiker.IsBureau())
        {
            return [];
        }

        var nu = klok.GetUtcNow().UtcDateTime;
        var open = await lezer.TakenAsync(new TaakVraag(), ct);
        var teLaat = Cyclusstand.TeLaat(open, nu);
        var volgende = Cyclusstand.Volgende(open, nu, MaximumDeadlines);
        var (fase, cyclusLink) = await FaseAsync(ct);
        return
        [
            new Startblok(
                "cyclus",
                "Waar staat de cyclus",
                5,
                $"Vandaag is het {Nederlands.Datum(klok.Vandaag())}. {fase}",
                teLaat.Select(s => new Startregel(
                    $"{s.Titel} ({s.Workflow}): {s.Aantal} {(s.Aantal == 1 ? "taak" : "taken")} te laat",
                    $"/taken/alle?filter=verlopen&workflow={Uri.EscapeDataString(s.DefinitieId)}",
                    Dringend: true)).ToList(),
                "Er zijn geen taken te laat.",
                cyclusLink),
            new Startblok(
                "deadlines",
                "Volgende deadlines",
                6,
                null,
                volgende.Select(s => new Startregel(
                    $"{s.Titel} ({s.Workflow}): {s.Aantal} open",
                    $"/taken/alle?workflow={Uri.EscapeDataString(s.DefinitieId)}",
                    $"uiterlijk {Nederlands.Datum(s.Datum!.Value)}")).ToList(),
                "Er staan geen deadlines meer open.",
                new Startlink("Alle taken", "/taken/alle")),
        ];
    }

    /// <summary>The phase: the top-level steps of the newest yearly cycle that are running now, by their names.</summary>
    private async Task<(string Fase, Startlink Link)> FaseAsync(CancellationToken ct)
    {
        var instanties = await lezer.InstantiesAsync(
            new InstantieVraag { AlleenHoofd = true, DefinitieIdBegintMet = Voortgangscyclus.IdPrefix, NieuwsteEerst = true, Maximum = 1 }, ct);
        if (instanties is not [var cyclus])
        {
            return ("Er loopt nog geen voortgangscyclus; plan en start er een op de cycluspagina.", new Startlink("Naar de cyclus", "/cyclus"));
        }

        var jaar = cyclus.DefinitieId[Voortgangscyclus.IdPrefix.Length..];
        var link = new Startlink($"De tijdlijn van de cyclus {jaar}", $"/cyclus/{Uri.EscapeDataString(jaar)}");
        if (cyclus.Status != InstantieStatus.Actief)
        {
            return ($"De voortgangscyclus {jaar} is {(cyclus.Status == InstantieStatus.Voltooid ? "afgerond" : "geannuleerd")}.", link);
        }

        var versie = await lezer.DefinitieAsync(cyclus.DefinitieId, cyclus.DefinitieVersie, ct);
        var namen = versie is null
            ? new Dictionary<string, string>()
            : WorkflowDefinitieLezer.Lees(versie.Json).Definitie?.Stappen.ToDictionary(s => s.Id, s => s.Naam) ?? [];
        var actief = (await lezer.StappenAsync([cyclus.Id], ct))
            .Where(s => s.Toestand == StapToestand.Actief)
            .OrderBy(s => s.GestartOpUtc)
            .Select(s => namen.GetValueOrDefault(s.StapId, s.StapId))
            .ToList();
        return (actief.Count == 0
            ? $"De voortgangscyclus {jaar} loopt; er is nu geen stap actief."
            : $"De voortgangscyclus {jaar} is bij: {string.Join("; ", actief)}.", link);
    }
}
