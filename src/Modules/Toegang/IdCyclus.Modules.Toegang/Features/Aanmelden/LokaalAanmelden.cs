using IdCyclus.Modules.Toegang.Features.Logboek;
using IdCyclus.Modules.Toegang.Persistence;
using Microsoft.AspNetCore.Identity;

namespace IdCyclus.Modules.Toegang.Features.Aanmelden;

internal enum AanmeldUitkomst
{
    Gelukt,
    Onjuist,
    Geblokkeerd,
}

/// <summary>
/// Sign-in with e-mail and password. Every attempt is logged. Every answer costs one password hash: an unknown address,
/// an account without a password and a locked account take as long as a wrong password, so the response time does not
/// tell an attacker which addresses have an account.
/// </summary>
internal sealed class LokaalAanmelden(
    SignInManager<IdentityUser> aanmelden, UserManager<IdentityUser> gebruikers, IPasswordHasher<IdentityUser> hasher, Aanmeldlogboek logboek)
{
    // A hash of a random password, made once per process with the same algorithm and work factor as real ones.
    private static readonly Lazy<string> Schijnhash = new(() => new PasswordHasher<IdentityUser>().HashPassword(new IdentityUser(), Guid.NewGuid().ToString()));

    public async Task<AanmeldUitkomst> AanmeldenAsync(string email, string wachtwoord, CancellationToken ct)
    {
        var gebruiker = await gebruikers.FindByEmailAsync(email.Trim());
        if (gebruiker is null || gebruiker.PasswordHash is null || await gebruikers.IsLockedOutAsync(gebruiker))
        {
            // Same work as a real check; the result is ignored.
            hasher.VerifyHashedPassword(new IdentityUser(), Schijnhash.Value, wachtwoord);
        }

        if (gebruiker is null)
        {
            await logboek.LegVastAsync(Aanmeldsoort.Mislukt, Aanmeldwijze.Wachtwoord, null, email, ct);
            return AanmeldUitkomst.Onjuist;
        }

        var resultaat = await aanmelden.PasswordSignInAsync(gebruiker, wachtwoord, isPersistent: false, lockoutOnFailure: true);
        var soort = resultaat.Succeeded ? Aanmeldsoort.Aangemeld : resultaat.IsLockedOut ? Aanmeldsoort.Geblokkeerd : Aanmeldsoort.Mislukt;
        await logboek.LegVastAsync(soort, Aanmeldwijze.Wachtwoord, Guid.TryParse(gebruiker.Id, out var id) ? id : null, email, ct);
        return resultaat.Succeeded ? AanmeldUitkomst.Gelukt : resultaat.IsLockedOut ? AanmeldUitkomst.Geblokkeerd : AanmeldUitkomst.Onjuist;
    }
}
