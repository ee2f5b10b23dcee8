using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace IdCyclus.Shared.Persistence;

/// <summary>
/// An EF Core compiled query (<c>EF.CompileAsyncQuery</c>), compiled once per model instead of once per process: a
/// compiled query binds itself to the model it first ran with and refuses any other, and one process can hold several
/// models of the same context (the tests run SQLite and PostgreSQL side by side; each provider has its own model).
/// The models are held weakly, so a dropped one takes its compiled query with it. ADR 0039 says why we compile the hot reads.
/// </summary>
public sealed class PerModel<TQuery>(Func<TQuery> compileer)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _perModel = [];

    /// <summary>The query compiled for this context's model; pass the same context to it.</summary>
    public TQuery Voor(DbContext db) => _perModel.GetValue(db.Model, _ => compileer());
}
