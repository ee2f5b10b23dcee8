using System.Globalization;
using IdCyclus.Modules.Vragenlijst.Domain;
using IdCyclus.Modules.Vragenlijst.Persistence;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Vragenlijst.Features.Versies;

/// <summary>
/// One questionnaire version. While it is a concept Bureau edits texts and options, records how each item maps to last
/// year's, sets the thema grouping, and publishes it; a published version is frozen.
/// </summary>
internal sealed class VersieModel(VragenlijstDbContext db, TimeProvider klok) : PageModel
{
    public Vragenlijstversie Versie { get; private set; } = null!;

    public Vragenlijstinhoud Inhoud { get; private set; } = null!;

    public Vragenlijstinhoud? Vorige { get; private set; }

    [BindProperty]
    public int Versienummer { get; set; }

    [BindProperty]
    public string? Nummer { get; set; }

    [BindProperty]
    public string? Tekst { get; set; }

    [BindProperty]
    public string? Opties { get; set; }

    [BindProperty]
    public string? Koppeling { get; set; }

    [BindProperty]
    public string? VorigNummer { get; set; }

    [BindProperty]
    public string? Groepen { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LaadAsync(id, ct) ?? Page();

    public Task<IActionResult> OnPostTekstAsync(Guid id, CancellationToken ct) =>
        WijzigAsync(id, "De vraagtekst is gewijzigd.", inhoud => Versiebeheer.WijzigTekst(inhoud, Nummer ?? "", Tekst ?? ""), ct);

    public Task<IActionResult> OnPostOptiesAsync(Guid id, CancellationToken ct) =>
        WijzigAsync(id, "De antwoordopties zijn gewijzigd.", inhoud =>
            LeesRegels(Opties, "Opties", out var opties) is { } fout ? fout : Versiebeheer.VervangOpties(inhoud, Nummer ?? "", opties.Select(o => new Antwoordoptie(o.Getal, o.Tekst)).ToList()), ct);

    public Task<IActionResult> OnPostKoppelingAsync(Guid id, CancellationToken ct) =>
        WijzigAsync(id, "De koppeling met vorig jaar is vastgelegd.", inhoud =>
            Enum.TryParse<Koppeling>(Koppeling, ignoreCase: false, out var koppeling) && Enum.IsDefined(koppeling)
                ? Versiebeheer.ZetKoppeling(inhoud, Nummer ?? "", koppeling, string.IsNullOrWhiteSpace(VorigNummer) ? null : VorigNummer.Trim(), Vorige)
                : Resultaat<Vragenlijstinhoud>.Mislukt("Koppeling", "Kies hoe deze vraag zich verhoudt tot vorig jaar: zelfde, gewijzigd of nieuw."), ct);

    public Task<IActionResult> OnPostVervallenAsync(Guid id, CancellationToken ct) =>
        WijzigAsync(id, "De vraag vervalt in deze versie.", inhoud => Versiebeheer.LaatVervallen(inhoud, Nummer ?? ""), ct);

    public Task<IActionResult> OnPostGroepenAsync(Guid id, CancellationToken ct) =>
        WijzigAsync(id, "De indeling van de thema's is gewijzigd.", inhoud =>
            LeesGroepen(Groepen, out var groepen) is { } fout ? fout : Versiebeheer.ZetThemagroepen(inhoud, groepen), ct);

    public Task<IActionResult> OnPostPublicerenAsync(Guid id, CancellationToken ct) =>
        OpConceptAsync(id, "De vragenlijst is gepubliceerd en ligt nu vast.", "Deze versie is al gepubliceerd.", versie =>
        {
            versie.Status = VersieStatus.Gepubliceerd;
            versie.GepubliceerdOpUtc = klok.GetUtcNow().UtcDateTime;
            versie.GepubliceerdDoor = User.Identity?.Name;
            return Resultaat<bool>.Gelukt(true);
        }, ct);

    private Task<IActionResult> WijzigAsync(Guid id, string melding, Func<Vragenlijstinhoud, Resultaat<Vragenlijstinhoud>> wijziging, CancellationToken ct) =>
        OpConceptAsync(id, melding, "Een gepubliceerde vragenlijst ligt vast. Maak een nieuwe versie voor het volgende jaar.", versie =>
        {
            var nieuw = wijziging(versie.Inhoud);
            if (!nieuw.IsGelukt)
            {
                return Resultaat<bool>.Mislukt(nieuw.Fouten);
            }

            versie.Inhoud = nieuw.Waarde!;
            return Resultaat<bool>.Gelukt(true);
        }, ct);

    /// <summary>
    /// Every change to a version: only while it is a concept, only on the version the person saw (else the conflict
    /// message), in one serializable transaction; the version token moves on with each change.
    /// </summary>
    private async Task<IActionResult> OpConceptAsync(
        Guid id, string melding, string alGepubliceerd, Func<Vragenlijstversie, Resultaat<bool>> actie, CancellationToken ct)
    {
        if (await LaadAsync(id, ct) is { } weigering)
        {
            return weigering;
        }

        var resultaat = await db.VoerSerieelUitAsync(async () =>
        {
            var versie = await db.Versies.FirstAsync(v => v.Id == id, ct);
            if (versie.Versie != Versienummer)
            {
                return Resultaat<bool>.Mislukt("Versie", SerieelUitvoeren.ConflictMelding);
            }

            if (versie.Status == VersieStatus.Gepubliceerd)
            {
                return Resultaat<bool>.Mislukt("", alGepubliceerd);
            }

            var uitkomst = actie(versie);
            if (uitkomst.IsGelukt)
            {
                versie.Versie++;
            }

            return uitkomst;
        }, ct);
        return await AfloopAsync(id, resultaat.Fouten, melding, ct);
    }

    private async Task<IActionResult> AfloopAsync(Guid id, IReadOnlyList<Fout> fouten, string melding, CancellationToken ct)
    {
        if (fouten.Count == 0)
        {
            TempData["Melding"] = melding;
            return Redirect($"/vragenlijsten/{id}");
        }

        foreach (var fout in fouten)
        {
            ModelState.AddModelError(fout.Veld, fout.Melding);
        }

        await LaadAsync(id, ct);
        return Page();
    }

    private async Task<IActionResult?> LaadAsync(Guid id, CancellationToken ct)
    {
        if (!User.IsBureau())
        {
            return Forbid();
        }

        db.ChangeTracker.Clear();
        var versie = await db.Versies.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, ct);
        if (versie is null)
        {
            return NotFound();
        }

        Versie = versie;
        Inhoud = versie.Inhoud;
        Vorige = versie.VorigeVersieId is { } vorig ? (await db.Versies.AsNoTracking().FirstAsync(v => v.Id == vorig, ct)).Inhoud : null;
        if (Request.Method == "GET")
        {
            Versienummer = versie.Versie;
        }

        return null;
    }

    /// <summary>Options as lines "score = tekst", e.g. "0 = geen trekker".</summary>
    private static Resultaat<Vragenlijstinhoud>? LeesRegels(string? tekst, string veld, out List<(int Getal, string Tekst)> regels)
    {
        regels = [];
        var nummer = 0;
        foreach (var regel in (tekst ?? "").Split('\n').Select(r => r.Trim()).Where(r => r.Length > 0))
        {
            nummer++;
            var delen = regel.Split('=', 2);
            if (delen.Length != 2 || !int.TryParse(delen[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var getal))
            {
                return Resultaat<Vragenlijstinhoud>.Mislukt(veld, $"Regel {nummer} ('{regel}'): schrijf een optie als 'score = tekst', bijvoorbeeld '0 = geen trekker'.");
            }

            regels.Add((getal, delen[1].Trim()));
        }

        return null;
    }

    /// <summary>Groups as lines "van-tot = naam", e.g. "0-1 = nog niet of beperkt begonnen".</summary>
    private static Resultaat<Vragenlijstinhoud>? LeesGroepen(string? tekst, out List<Themagroep> groepen)
    {
        groepen = [];
        var nummer = 0;
        foreach (var regel in (tekst ?? "").Split('\n').Select(r => r.Trim()).Where(r => r.Length > 0))
        {
            nummer++;
            var delen = regel.Split('=', 2);
            var bereik = delen[0].Split('-', 2);
            if (delen.Length != 2
                || !int.TryParse(bereik[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var van)
                || !int.TryParse(bereik[^1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var tot))
            {
                return Resultaat<Vragenlijstinhoud>.Mislukt("Groepen", $"Regel {nummer} ('{regel}'): schrijf een groep als 'van-tot = naam', bijvoorbeeld '0-1 = nog niet of beperkt begonnen'.");
            }

            groepen.Add(new Themagroep(delen[1].Trim(), van, tot));
        }

        return null;
    }
}
