namespace IdCyclus.Modules.Toegang;

internal sealed class ToegangOpties
{
    public const string Sectie = "Toegang";

    /// <summary>
    /// Shows the list of demo people on the sign-in page. Always on in Development; elsewhere only when configured,
    /// because it lets anyone sign in as anyone.
    /// </summary>
    public bool DemoAanmelden { get; set; }

    /// <summary>
    /// The explicit "yes, I mean it" for a demo server: without it the host refuses to start outside Development when
    /// <see cref="DemoAanmelden"/> is on. With it, every page carries a banner saying so.
    /// </summary>
    public bool DemoAanmeldenBuitenOntwikkeling { get; set; }

    /// <summary>
    /// The password the demo accounts get when they are created; never in the repository (environment or user secrets).
    /// Without it they get none, and demo people sign in through the demo list only.
    /// </summary>
    public string? DemoWachtwoord { get; set; }
}
