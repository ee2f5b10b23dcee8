using IdCyclus.Shared;
using IdCyclus.Shared.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Opvolging.Features.Dashboard;

/// <summary>
/// The GMT dashboard: per report section and directie the trekker and hours, the action plan, the interview's total and
/// its change, indicator gaps and the agreements. Filters are GET parameters; <c>/gmt/csv</c> and <c>/gmt/xlsx</c> take the
/// same ones and export what the page shows; <c>?weergave=print</c> is the compact view for the GMT meeting.
/// </summary>
internal sealed class GmtDashboardModel(Dashboardstanden standen, TimeProvider klok) : PageModel
{
    public const string Pad = "/gmt";

    public const string Print = "print";

    /// <summary>The first cycle year IdCyclus has data for; the year list runs from here to this year.</summary>
    private const int EersteJaar = 2023;

    [BindProperty(SupportsGet = true)]
    public int? Jaar { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sectie { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Trekker { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool AlleenTeLaat { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool AlleenVerschoven { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Weergave { get; set; }

    public Dashboardstand Stand { get; private set; } = null!;

    public IReadOnlyList<Dashboardsectie> Secties { get; private set; } = [];

    public IReadOnlyList<Keuze> Jaren { get; private set; } = [];

    public IReadOnlyList<Keuze> Sectiekeuzes { get; private set; } = [];

    public IReadOnlyList<Keuze> Trekkerkeuzes { get; } =
    [
        new(Dashboardfilter.GeenTrekker, "Zonder trekker"),
        new(Dashboardfilter.OnderNorm, "Zonder trekker of met te weinig uren"),
    ];

    public bool IsPrint => Weergave == Print;

    public DateOnly Vandaag { get; private set; }

    /// <summary>The current filters as a query string, for the print and export links (so they take exactly this view).</summary>
    public string Filterquery => QueryString.Create(new Dictionary<string, string?>
    {
        [nameof(Jaar)] = Stand.Jaar.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [nameof(Sectie)] = Sectie,
        [nameof(Trekker)] = Trekker,
        [nameof(AlleenTeLaat)] = AlleenTeLaat ? "true" : null,
        [nameof(AlleenVerschoven)] = AlleenVerschoven ? "true" : null,
    }.Where(p => p.Value is not null)).ToString();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LaadAsync(ct) ? Page() : Forbid();

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct) =>
        await LaadAsync(ct)
            ? File(Dashboardexport.Csv(Dashboardexport.Rijen(Stand, Secties)), Dashboardexport.CsvType, Dashboardexport.Bestandsnaam(klok.Vandaag(), "csv"))
            : Forbid();

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) =>
        await LaadAsync(ct)
            ? File(Dashboardexport.Xlsx(Dashboardexport.Rijen(Stand, Secties)), Dashboardexport.XlsxType, Dashboardexport.Bestandsnaam(klok.Vandaag(), "xlsx"))
            : Forbid();

    /// <summary>
    /// Reads and filters. A year or section that is not on offer gets a Dutch message at its field and is ignored, so
    /// an old bookmark still shows the dashboard instead of an error page.
    /// </summary>
    private async Task<bool> LaadAsync(CancellationToken ct)
    {
        if (!User.ZietDashboard())
        {
            return false;
        }

        var vandaag = Vandaag = klok.Vandaag();
        Jaren = Enumerable.Range(EersteJaar, Math.Max(1, vandaag.Year - EersteJaar + 1)).Reverse()
            .Select(j => j.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(j => new Keuze(j, j))
            .ToList();
        if (Jaar is { } gevraagd && (gevraagd < EersteJaar || gevraagd > vandaag.Year))
        {
            ModelState.AddModelError(nameof(Jaar), $"Kies een jaar van {EersteJaar} tot en met {vandaag.Year}.");
            Jaar = null;
        }

        Stand = await standen.LeesAsync(Jaar, vandaag, User.DashboardBereik(), ct);
        Sectiekeuzes = Stand.Secties.Select(s => new Keuze(s.Id, s.Naam)).ToList();
        if (Sectie is not null && Sectiekeuzes.All(k => k.Waarde != Sectie))
        {
            ModelState.AddModelError(nameof(Sectie), "Kies een sectie uit de lijst.");
            Sectie = null;
        }

        if (Trekker is not null && Trekkerkeuzes.All(k => k.Waarde != Trekker))
        {
            ModelState.AddModelError(nameof(Trekker), "Kies een van de mogelijkheden bij Trekker.");
            Trekker = null;
        }

        Secties = new Dashboardfilter(Sectie, Trekker, AlleenTeLaat, AlleenVerschoven).Pas(Stand.Secties);
        return true;
    }
}
