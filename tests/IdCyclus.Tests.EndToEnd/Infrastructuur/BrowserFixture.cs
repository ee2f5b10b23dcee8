using Microsoft.Playwright;

namespace IdCyclus.Tests.EndToEnd.Infrastructuur;

/// <summary>
/// One headless Chromium for all journeys: the Debian /usr/bin/chromium (or IDCYCLUS_CHROMIUM), never a downloaded
/// Playwright browser. Each journey opens its own <see cref="IBrowserContext"/>, so cookies never leak between journeys.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("IDCYCLUS_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
    }

    public Task<IBrowserContext> NieuweContextAsync(AppProces app) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BasisUrl.ToString(),
            Locale = "nl-NL",
            TimezoneId = "Europe/Amsterdam",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
}
