using IdCyclus.Modules.Opvolging.Domain;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Opvolging.Features.AfspraakVastleggen;

/// <summary>Bureau records one agreement for a directie; the directie's directeur becomes its owner.</summary>
internal sealed class NieuwModel(IOrganisatieQueries organisatie, Sturing.Urennormen urennormen, TimeProvider klok) : PageModel
{
    [BindProperty]
    public Guid? DirectieId { get; set; }

    [BindProperty]
    public Afspraaksoort? Soort { get; set; }

    [BindProperty]
    public Afspraakbron Bron { get; set; } = Afspraakbron.Gmt;

    [BindProperty]
    public decimal? MinimaleUren { get; set; }

    /// <summary>The norm that holds now: the hint names it and where it comes from, and a new trekker agreement starts from it.</summary>
    public Urennorm Norm { get; private set; } = Urennorm.Aanbeveling(0);

    [BindProperty]
    public DateOnly? Deadline { get; set; }

    [BindProperty]
    public string? Omschrijving { get; set; }

    public IReadOnlyList<Keuze> Directies { get; private set; } = [];

    public static IReadOnlyList<Keuze> Soorten { get; } =
        Enum.GetValues<Afspraaksoort>().Select(s => new Keuze(s.ToString(), Afspraakteksten.Soort(s))).ToList();

    public static IReadOnlyList<Keuze> Bronnen { get; } =
        Enum.GetValues<Afspraakbron>().Select(b => new Keuze(b.ToString(), Afspraakteksten.Bron(b))).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LaadAsync(ct) is { } geweigerd)
        {
            return geweigerd;
        }

        MinimaleUren = Norm.Uren;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromServices] AfspraakVastleggenHandler handler, CancellationToken ct)
    {
        if (await LaadAsync(ct) is { } geweigerd)
        {
            return geweigerd;
        }

        // A post without the field at all (an older form, a script) keeps the norm that holds, as it always did.
        if (!Request.Form.ContainsKey(nameof(MinimaleUren)))
        {
            MinimaleUren = Norm.Uren;
        }

        if (Soort is not { } soort)
        {
            ModelState.AddModelError(nameof(Soort), "Kies de soort afspraak.");
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var uren = soort == Afspraaksoort.TrekkerBenoemd ? MinimaleUren : null;
        var resultaat = await handler.VoerUitAsync(new AfspraakVastleggen(soort, Bron, DirectieId, Omschrijving, Deadline, uren, Actor.Van(User)), ct);
        if (!resultaat.IsGelukt)
        {
            ModelState.VoegToe(resultaat.Fouten);
            return Page();
        }

        TempData["Melding"] = "De afspraak is vastgelegd.";
        return Redirect($"/opvolging/{resultaat.Waarde}");
    }

    private async Task<IActionResult?> LaadAsync(CancellationToken ct)
    {
        if (!User.MagBeheren())
        {
            return Forbid();
        }

        Directies = (await organisatie.ActieveDirectiesAsync(klok.Vandaag(), ct))
            .OrderBy(d => d.Weergavenaam, Nederlands.Sortering)
            .Select(d => new Keuze(d.Id.ToString(), d.Weergavenaam))
            .ToList();
        Norm = await urennormen.LaatsteAsync(klok.Vandaag().Year, ct);
        return null;
    }
}
