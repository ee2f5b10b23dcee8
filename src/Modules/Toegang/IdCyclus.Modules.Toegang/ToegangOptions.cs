namespace IdCyclus.Modules.Toegang;

internal sealed class ToegangOptions
{
    public const string Section = "Toegang";

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
}
