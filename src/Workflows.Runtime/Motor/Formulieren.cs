namespace IdCyclus.Workflows.Runtime.Motor;

/// <summary>
/// The modules' task forms, built on first use. Every scope that uses the engine (a fired timer, a mail round, a page that
/// reads tasks) resolves it, but only completing a task with a form and validating a definition need the forms; building
/// all of them, and through them most modules' DbContexts, cost each of those scopes a tenth of its time.
/// </summary>
internal sealed class Formulieren(Func<IEnumerable<ITaakFormulier>> bron)
{
    private IReadOnlyList<ITaakFormulier>? _alle;

    public IReadOnlyList<ITaakFormulier> Alle => _alle ??= [.. bron()];

    public ITaakFormulier? Zoek(string naam) => Alle.SingleOrDefault(f => f.Naam == naam);
}
