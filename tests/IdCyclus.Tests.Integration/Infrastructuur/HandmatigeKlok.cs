namespace IdCyclus.Tests.Integration.Infrastructuur;

/// <summary>A clock the test sets: the app sees exactly the day the test says, so "today" never makes a test flaky.</summary>
public sealed class HandmatigeKlok(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _nu = start;

    public override DateTimeOffset GetUtcNow() => _nu;

    public void Zet(DateTimeOffset moment) => _nu = moment;

    public void Verzet(TimeSpan tijd) => _nu += tijd;
}
