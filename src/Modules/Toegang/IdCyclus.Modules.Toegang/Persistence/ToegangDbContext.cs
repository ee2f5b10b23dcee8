using IdCyclus.Shared.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Toegang.Persistence;

/// <summary>Local accounts. An account's id is the person's id in Organisatie; roles come from there, not from here.</summary>
internal sealed class ToegangDbContext(DbContextOptions<ToegangDbContext> options) : IdentityDbContext<IdentityUser>(options)
{
    public const string Schema = "toegang";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseModuleSchema(Schema, Database.IsSqlite());
    }
}
