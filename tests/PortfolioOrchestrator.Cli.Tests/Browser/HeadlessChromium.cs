using System.Diagnostics;

namespace PortfolioOrchestrator.Cli.Tests.Browser;

/// <summary>
/// Debian's <c>chromium</c> run headless over a local file, with a fresh profile and every
/// background network feature off, so a test sees what a person's browser would render.
/// </summary>
internal static class HeadlessChromium
{
    public const string Executable = "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(Executable);

    public static string SkipReason => $"{Executable} is not installed (apt-get install -y chromium; .ci/run installs it)";

    /// <summary>The DOM after parsing and layout, serialized (<c>--dump-dom</c>).</summary>
    public static string DumpDom(string htmlFile) => Run(htmlFile, "--dump-dom");

    /// <summary>Writes a PNG of the page at 1280×2000 and returns its path.</summary>
    public static string Screenshot(string htmlFile, string pngFile)
    {
        Run(htmlFile, "--screenshot=" + pngFile, "--window-size=1280,2000", "--hide-scrollbars");
        return pngFile;
    }

    private static string Run(string htmlFile, params string[] mode)
    {
        var profile = Path.Combine(Path.GetTempPath(), "po-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        try
        {
            var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile,
            }.Concat(mode))
            {
                start.ArgumentList.Add(arg);
            }

            start.ArgumentList.Add(new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish in two minutes");
            }

            Assert.True(process.ExitCode == 0, $"chromium exited {process.ExitCode}: {stderr.Result}");
            return stdout.Result;
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
