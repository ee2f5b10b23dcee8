using IdCyclus.Modules.Cyclus.Workflow;
using IdCyclus.Modules.Organisatie.Contracts;

namespace IdCyclus.Modules.Cyclus.Tests;

/// <summary>
/// A form takes its cycle year from the start moment the engine hands it (no second read of the instance): the year in
/// Amsterdam of that start, not of the completion and not of the UTC date.
/// </summary>
public sealed class CyclusjaarTests
{
    // The reader is only for the task page's path (VanInstantieAsync); a form's path must not touch it.
    private readonly CyclusjaarUitInstantie _jaar = new(lezer: null!);

    [Theory]
    [InlineData("2024-12-31T23:30:00Z", 2025)]
    [InlineData("2025-12-31T22:59:00Z", 2025)]
    [InlineData("2025-12-31T23:00:00Z", 2026)]
    [InlineData("2025-06-30T21:59:00Z", 2025)]
    public void Het_cyclusjaar_is_het_jaar_in_Amsterdam_van_de_start_van_de_instantie(string gestart, int jaar)
    {
        var door = new PersoonGegevens(Guid.NewGuid(), "Bea Bureau", "bea@idcyclus.example");
        // The completion itself falls in another year: only the instance's start counts.
        var context = Formuliercontext.Voor(null, door) with
        {
            InstantieGestart = DateTimeOffset.Parse(gestart, System.Globalization.CultureInfo.InvariantCulture),
            Moment = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero),
        };

        Assert.Equal(jaar, _jaar.Van(context));
    }
}
