namespace IdCyclus.Tests.Integration.Infrastructuur;

/// <summary>
/// A clock the test sets: the app sees exactly the day the test says, so "today" never makes a test flaky. Not
/// FakeTimeProvider: the host's one clock is set back to the start moment before every test, and FakeTimeProvider
/// refuses to go back in time.
/// </summary>
public sealed class HandmatigeKlok(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _nu = start;

    public override DateTimeOffset GetUtcNow() => _nu;

    public void Zet(DateTimeOffset moment) => _nu = moment;

    public void Verzet(TimeSpan tijd) => _nu += tijd;
}
