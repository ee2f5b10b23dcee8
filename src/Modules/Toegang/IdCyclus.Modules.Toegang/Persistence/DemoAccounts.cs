using IdCyclus.Modules.Organisatie.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Toegang.Persistence;

/// <summary>
/// Gives every (fictional) demo person an account. A password is set only when <see cref="ToegangOpties.DemoWachtwoord"/> is configured
/// (never in the repository); without it, demo people sign in through the development sign-in list.
/// </summary>
internal static class DemoAccounts
{
    public static async Task VulAsync(ToegangDbContext db, IOrganisatieQueries organisatie, string? wachtwoord, CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(cancellationToken))
        {
            // Databases seeded before lockout was switched on: without the flag, Identity never locks an account.
            await db.Users.Where(u => !u.LockoutEnabled).ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnabled, true), cancellationToken);
            return;
        }

        var hasher = new PasswordHasher<IdentityUser>();
        // One hash for all demo accounts: hashing is deliberately slow, and these accounts share one demo password anyway.
        var hash = string.IsNullOrEmpty(wachtwoord) ? null : hasher.HashPassword(new IdentityUser(), wachtwoord);
        var normalizer = new UpperInvariantLookupNormalizer();

        foreach (var persoon in await organisatie.PersonenAsync(cancellationToken))
        {
            db.Users.Add(new IdentityUser
            {
                Id = persoon.Id.ToString(),
                UserName = persoon.Email,
                NormalizedUserName = normalizer.NormalizeName(persoon.Email),
                Email = persoon.Email,
                NormalizedEmail = normalizer.NormalizeEmail(persoon.Email),
                EmailConfirmed = true,
                // Identity locks an account only when this flag is set; created through UserManager it would be, added directly it is not.
                LockoutEnabled = true,
                PasswordHash = hash,
                SecurityStamp = persoon.Id.ToString("N"),
                ConcurrencyStamp = persoon.Id.ToString("N"),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
