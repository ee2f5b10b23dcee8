namespace IdCyclus.Workflows.Runtime.Model;

/// <summary>
/// The per-definition option "werkdagen": a deadline that falls on a weekend or a public holiday moves to the next
/// working day. Off by default, so a definition says exactly what it means.
/// </summary>
public sealed class Werkdagen(Func<DateOnly, bool> isFeestdag)
{
    internal Func<DateOnly, DateOnly> Voor(Plan plan) => plan.Werkdagen ? Volgende : dag => dag;

    public DateOnly Volgende(DateOnly dag)
    {
        while (dag.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || isFeestdag(dag))
        {
            dag = dag.AddDays(1);
        }

        return dag;
    }
}
