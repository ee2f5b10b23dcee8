using IdCyclus.Modules.Rapportage.Domain;
using IdCyclus.Modules.Rapportage.Features.Lezen;
using IdCyclus.Modules.Rapportage.Persistence;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Rapportage.Features.TekstBewerken;

/// <summary>Edit one narrative block in Markdown and move it through concept → in review → definitief.</summary>
internal sealed class BlokModel(
    Rapportlezer lezer,
    BlokOpslaanHandler opslaan,
    BlokstaatWijzigenHandler staat,
    Review.OpmerkingAfhandelenHandler afhandelen) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Jaar { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Sleutel { get; set; } = "";

    [BindProperty]
    public string? Tekst { get; set; }

    [BindProperty]
    public int Versie { get; set; }

    [BindProperty]
    public Blokstaat Naar { get; set; }

    [BindProperty]
    public Guid OpmerkingId { get; set; }

    [BindProperty]
    public string? Afhandeling { get; set; }

    public Tekstblok Blok { get; private set; } = null!;

    public IReadOnlyList<Opmerking> Opmerkingen { get; private set; } = [];

    public string Titel { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.BeheertRapportage())
        {
            return Forbid();
        }

        var stand = await lezer.StandAsync(Jaar, ct);
        var blok = stand?.Blokken.FirstOrDefault(b => b.Sleutel == Sleutel);
        if (stand is null || blok is null)
        {
            return NotFound();
        }

        var inhoud = (await lezer.ConceptAsync(Jaar, ct))!;
        Titel = Tekstblokken.Voor(inhoud.Momentopname.Secties).FirstOrDefault(d => d.Sleutel == Sleutel)?.Titel ?? Sleutel;
        Blok = blok;
        Tekst ??= blok.Markdown;
        Opmerkingen = (await lezer.ReviewAsync(Jaar, Sleutel, ct)).Opmerkingen;

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!User.BeheertRapportage())
        {
            return Forbid();
        }

        var resultaat = await opslaan.VoerUitAsync(new BlokOpslaan(Jaar, Sleutel, Tekst, Versie, Actor.Van(User)), ct);
        if (!resultaat.IsGelukt)
        {
            // The person's text stays in the field (Tekst is bound), so nothing typed is lost.
            ModelState.VoegToe(resultaat.Fouten);
            return await OnGetAsync(ct);
        }

        TempData["Melding"] = "Tekstblok opgeslagen.";
        return Redirect($"/rapportage/{Jaar}/blok?sleutel={Uri.EscapeDataString(Sleutel)}");
    }

    public async Task<IActionResult> OnPostStaatAsync(CancellationToken ct)
    {
        if (!User.BeheertRapportage())
        {
            return Forbid();
        }

        var resultaat = await staat.VoerUitAsync(new BlokstaatWijzigen(Jaar, Sleutel, Naar, Versie, Actor.Van(User)), ct);
        if (!resultaat.IsGelukt)
        {
            ModelState.VoegToe(resultaat.Fouten);
            Tekst = null;
            return await OnGetAsync(ct);
        }

        TempData["Melding"] = $"Tekstblok is nu {Naar.Naam()}.";
        return Redirect($"/rapportage/{Jaar}/blok?sleutel={Uri.EscapeDataString(Sleutel)}");
    }

    public async Task<IActionResult> OnPostAfhandelenAsync(CancellationToken ct)
    {
        if (!User.BeheertRapportage())
        {
            return Forbid();
        }

        var resultaat = await afhandelen.VoerUitAsync(new Review.OpmerkingAfhandelen(OpmerkingId, Afhandeling, Versie, Actor.Van(User)), ct);
        if (!resultaat.IsGelukt)
        {
            ModelState.VoegToe(resultaat.Fouten);
            Tekst = null;
            return await OnGetAsync(ct);
        }

        TempData["Melding"] = "Opmerking afgehandeld.";
        return Redirect($"/rapportage/{Jaar}/blok?sleutel={Uri.EscapeDataString(Sleutel)}");
    }
}
