using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Organisatie.Tests.Testdata;

/// <summary>
/// Assertions on refusals: precise on the field (a form puts the message next to it), loose on the wording (it may be
/// polished without breaking tests).
/// </summary>
internal static class Verwacht
{
    public static string EenFoutBij(string veld, IReadOnlyList<Fout> fouten)
    {
        var fout = Assert.Single(fouten);
        Assert.Equal(veld, fout.Veld);
        Assert.False(string.IsNullOrWhiteSpace(fout.Melding), "Een weigering heeft een melding voor de gebruiker.");
        return fout.Melding;
    }

    public static void Noemt(string verwacht, string melding) =>
        Assert.Contains(verwacht, melding, StringComparison.OrdinalIgnoreCase);
}
