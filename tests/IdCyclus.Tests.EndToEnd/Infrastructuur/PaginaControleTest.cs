namespace IdCyclus.Tests.EndToEnd.Infrastructuur;

/// <summary>
/// The axe check must be able to fail: a page with known WCAG violations has to be rejected with a useful message.
/// Guards against a scan that silently runs no rules (a wrong tag, a missing axe.min.js) and so passes everything.
/// </summary>
[Collection(AppCollectie.Naam)]
public sealed class PaginaControleTest(AppProces app, BrowserFixture browser)
{
    [Fact(DisplayName = "De axe-controle keurt een pagina met WCAG-fouten af en noemt ze")]
    public async Task Keurt_een_ontoegankelijke_pagina_af()
    {
        await using var context = await browser.Browser.NewContextAsync();
        var pagina = await context.NewPageAsync();
        await pagina.SetContentAsync("""
            <!DOCTYPE html>
            <html><head><title>Zelftest</title></head>
            <body><main><img src="data:,"><input type="text"></main></body></html>
            """);

        var fout = await Assert.ThrowsAnyAsync<Exception>(() => new PaginaControle(app, "axe-zelftest").ControleerAsync(pagina, "fout"));

        Assert.Contains("html-has-lang [serious]", fout.Message);
        Assert.Contains("image-alt [critical]", fout.Message);
        Assert.Contains("label [critical]", fout.Message);
        Assert.Contains("    img", fout.Message);
    }
}
