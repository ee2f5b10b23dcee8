using IdCyclus.Modules.Cyclus.Features;
using IdCyclus.Workflows.Runtime;

namespace IdCyclus.Modules.Cyclus.Tests;

/// <summary>Where a notification on "Mijn taken" leads: its own page in the application first, else its task.</summary>
public sealed class MeldinglinkTests
{
    private static readonly Guid Taak = Guid.Parse("00000000-0000-0000-0000-00000000000a");

    [Theory]
    [InlineData("/duidingsgesprekken/123", true, "/duidingsgesprekken/123")]
    [InlineData("http://localhost:5080/taken/abc", true, "/taken/00000000-0000-0000-0000-00000000000a")]
    [InlineData("//elders.example/pad", true, "/taken/00000000-0000-0000-0000-00000000000a")]
    [InlineData("http://localhost:5080", false, null)]
    [InlineData(null, false, null)]
    public void Een_eigen_pad_gaat_voor_de_taak_en_zonder_beide_is_er_geen_link(string? link, bool metTaak, string? verwacht) =>
        Assert.Equal(verwacht, Opmaak.Link(new WorkflowBericht(
            Guid.NewGuid(), "sleutel", BerichtKanaal.InApp, null, "Iemand", "iemand@amsterdam.nl", "Onderwerp", "Tekst", link, null,
            metTaak ? Taak : null, BerichtStatus.Verzonden, 1, DateTime.UnixEpoch, null, DateTime.UnixEpoch, DateTime.UnixEpoch, false)));
}
