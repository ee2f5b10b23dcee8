namespace IdCyclus.Modules.Toegang;

/// <summary>
/// Section "Toegang:Oidc": single sign-on with an OpenID Connect provider (Microsoft Entra ID at Gemeente Amsterdam).
/// Off while <see cref="Authority"/> is empty. The secret comes from the environment or user secrets, never the repository.
/// </summary>
internal sealed class OidcOpties
{
    public const string Sectie = "Toegang:Oidc";

    public const string Schema = "oidc";

    /// <summary>The provider's issuer, e.g. https://login.microsoftonline.com/&lt;tenant&gt;/v2.0.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>
    /// The claim that names the person, compared with the e-mail address of their account in IdCyclus: "email", or
    /// "preferred_username"/"upn" where the UPN is the e-mail address (Entra ID).
    /// </summary>
    public string Claim { get; set; } = "email";

    /// <summary>Only for a test provider on loopback: discovery over plain HTTP.</summary>
    public bool HttpsMetadataVerplicht { get; set; } = true;

    public string Knoptekst { get; set; } = "Aanmelden met uw account van de gemeente";

    public bool Aan => !string.IsNullOrWhiteSpace(Authority);
}
