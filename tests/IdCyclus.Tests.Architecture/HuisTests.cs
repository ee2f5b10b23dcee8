namespace IdCyclus.Tests.Architecture;

/// <summary>The house rules of <see cref="Huisregels"/> applied to the real source tree.</summary>
public sealed class HuisTests
{
    [Fact]
    public void Geen_handgeschreven_regel_is_langer_dan_160_tekens()
    {
        var bestanden = Broncode.CSharpBestandenOnderSrcEnTests();

        Assert.NotEmpty(bestanden);
        var meldingen = Huisregels.RegelsNietTeLang(bestanden);
        Assert.True(meldingen.Count == 0, string.Join('\n', meldingen));
    }

    [Fact]
    public void Een_pagina_slaat_nooit_zelf_op()
    {
        var bestanden = Broncode.CSharpEnRazorOnderSrc();

        Assert.Contains(bestanden.Keys, k => k.EndsWith(".cshtml.cs", StringComparison.Ordinal));
        var meldingen = Huisregels.PaginasSchrijvenNietZelf(bestanden);
        Assert.True(meldingen.Count == 0, string.Join('\n', meldingen));
    }

    [Fact]
    public void Datums_worden_buiten_Shared_alleen_via_Nederlands_geschreven()
    {
        var bestanden = Broncode.CSharpEnRazorOnderSrc();

        Assert.NotEmpty(bestanden);
        var meldingen = Huisregels.DatumsAlleenViaNederlands(bestanden);
        Assert.True(meldingen.Count == 0, string.Join('\n', meldingen));
    }

    [Fact]
    public void Een_rij_krijgt_een_tijdgeordend_id()
    {
        var bestanden = Broncode.CSharpEnRazorOnderSrc();

        Assert.Contains(bestanden.Values, b => b.Contains("Guid.CreateVersion7()", StringComparison.Ordinal));
        var meldingen = Huisregels.RijIdsOpTijd(bestanden);
        Assert.True(meldingen.Count == 0, string.Join('\n', meldingen));
    }
}
