using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Salgskraft.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Salgskraft.EndToEnd.Import;

/// <summary>The import wizard in the browser, with small Nordic-format files: preview, a bad file's errors, an import and its undo.</summary>
public sealed partial class ImportWizardBrowserTests
{
    private static string FilePath(string name) => Path.Combine(AppContext.BaseDirectory, "Import", "Files", name);

    [Fact]
    public async Task Wizard_DemoDirector_PreviewsValidatesImportsAndUndoes()
    {
        await using var browser = await BrowserApp.StartAsync();
        var page = await browser.SignInAsync("direktor@regnskap-pafunn.no");
        await page.GetByRole(AriaRole.Link, new() { Name = "Import", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Import", Level = 1 })).ToBeVisibleAsync();

        // A good file: the detected format, the mapping and the parsed first rows in nb-NO, the file's text beside.
        await UploadAsync(page, "nordisk-salg.csv");
        var format = page.GetByRole(AriaRole.Table).Filter(new() { HasText = "Funnet i filen" });
        await Expect(format).ToContainTextAsync("utf-8");
        await Expect(format).ToContainTextAsync("semikolon (;)");
        await Expect(format).ToContainTextAsync("komma (1 234,50)");
        await Expect(format).ToContainTextAsync("dd.MM.yyyy");
        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "customer_name" })).ToContainTextAsync("Kundenavn");
        var preview = page.GetByRole(AriaRole.Table).Filter(new() { HasText = "Tolkede verdier" });
        await Expect(preview).ToContainTextAsync("1\u00A0234,50");
        await Expect(preview).ToContainTextAsync("I filen: 1.234,50");
        await Expect(preview).ToContainTextAsync("\u2212250,00");
        await Expect(preview).ToContainTextAsync("12.01.2025");
        await Expect(preview).ToContainTextAsync("Ærlig Øl & Å AS");

        // The mapping saved as a profile, then a field left out: the preview is read again without it.
        await page.GetByLabel("Profilnavn").FillAsync("Mitt ERP");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre som profil" }).ClickAsync();
        await Expect(page.GetByText("Profilen «Mitt ERP» er lagret.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Lagret profil" })).ToContainTextAsync("Mitt ERP"); // saved and shown
        await BrowserApp.ChooseAsync(page.GetByRole(AriaRole.Combobox, new() { Name = "customer_name" }), "(ikke i filen)");
        await Expect(preview).Not.ToContainTextAsync("Ærlig Øl & Å AS");
        await Expect(page.GetByText("Kolonner som ikke brukes: Kundenavn")).ToBeVisibleAsync();

        // A bad file: validating lists every error with line, column, value and reason, and the list downloads as CSV.
        await UploadAsync(page, "salg-med-feil.csv");
        await page.GetByRole(AriaRole.Button, new() { Name = "Valider" }).ClickAsync();
        var outcome = page.GetByTestId("import-outcome");
        await Expect(outcome).ToContainTextAsync("Filen har 2 feil; ingenting ble skrevet.");
        var errors = outcome.GetByRole(AriaRole.Table).Filter(new() { HasText = "Årsak" });
        await Expect(errors.GetByRole(AriaRole.Row).Filter(new() { HasText = "12,3x" })).ToContainTextAsync("Omsetning");
        await Expect(errors.GetByRole(AriaRole.Row).Filter(new() { HasText = "12,3x" })).ToContainTextAsync("'12,3x' er ikke et tall");
        await Expect(errors.GetByRole(AriaRole.Row).Filter(new() { HasText = "32.01.2025" })).ToContainTextAsync("Dato");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Last ned feillisten (CSV)" }).ClickAsync());
        Assert.Equal("salg-med-feil-feil.csv", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!, TestContext.Current.CancellationToken);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Linje;Kolonne;Verdi;Årsak", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("2;Omsetning;12,3x;'12,3x' er ikke et tall", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("3;Dato;32.01.2025;", lines[2], StringComparison.Ordinal);

        // The good file imported: the bar full, the counts and the customers the file created, then the history.
        await UploadAsync(page, "nordisk-salg.csv");
        await page.GetByRole(AriaRole.Button, new() { Name = "Importer", Exact = true }).ClickAsync();
        await Expect(outcome).ToContainTextAsync("Importert: 3 rader, 3 nye, 0 endret, 0 uendret.");
        await Expect(outcome).ToContainTextAsync("Opprettet fordi filen nevner dem: 2 kunder");
        await Expect(page.GetByRole(AriaRole.Progressbar, new() { Name = "Fremdrift" })).ToHaveAttributeAsync("aria-valuenow", "100");
        var history = page.GetByRole(AriaRole.Table).Filter(new() { HasText = "Tidspunkt" });
        await Expect(history.GetByRole(AriaRole.Row).Filter(new() { HasText = "nordisk-salg.csv" })).ToContainTextAsync("Importert");

        // The same bytes again change nothing, and say so.
        await page.GetByRole(AriaRole.Button, new() { Name = "Importer", Exact = true }).ClickAsync();
        await Expect(outcome).ToContainTextAsync(SameFile());

        // A later import stands in the way of undoing the first: the Core's rule, its message shown in Norwegian.
        await UploadAsync(page, "salg-februar.csv");
        await page.GetByRole(AriaRole.Button, new() { Name = "Importer", Exact = true }).ClickAsync();
        await Expect(outcome).ToContainTextAsync("Importert: 1 rader, 1 nye");
        await UndoAsync(page, "nordisk-salg.csv");
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "importer angres med den nyeste først" })).ToBeVisibleAsync();

        await UndoAsync(page, "salg-februar.csv");
        await Expect(history.GetByRole(AriaRole.Row).Filter(new() { HasText = "salg-februar.csv" })).ToContainTextAsync("Angret");
        await UndoAsync(page, "nordisk-salg.csv");
        await Expect(history.GetByRole(AriaRole.Row).Filter(new() { HasText = "nordisk-salg.csv" }).Filter(new() { HasText = "Angret" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Wizard_DemoDirector_CorrectsTheDetectedDecimalSeparatorAndThePreviewFollows()
    {
        await using var browser = await BrowserApp.StartAsync();
        var page = await browser.SignInAsync("direktor@regnskap-pafunn.no");
        await page.GetByRole(AriaRole.Link, new() { Name = "Import", Exact = true }).ClickAsync();
        await UploadAsync(page, "nordisk-salg.csv");
        var preview = page.GetByRole(AriaRole.Table).Filter(new() { HasText = "Tolkede verdier" });
        await Expect(preview).ToContainTextAsync("1\u00A0234,50");
        var notANumber = preview.GetByRole(AriaRole.Cell, new() { Name = "'1.234,50' er ikke et tall i denne filen" });
        await Expect(notANumber).ToHaveCountAsync(0);

        // The user says the amounts use a decimal point: 1.234,50 is then no number, and the preview says so in its cell.
        await BrowserApp.ChooseAsync(page.GetByRole(AriaRole.Combobox, new() { Name = "Desimaltegn" }), "punktum");
        await Expect(notANumber).ToBeVisibleAsync();
        await Expect(preview).Not.ToContainTextAsync("1\u00A0234,50");
        var warning = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "feil funnet så langt" });
        await Expect(warning).ToContainTextAsync("6 feil funnet så langt");
        await Expect(page.GetByRole(AriaRole.Table).Filter(new() { HasText = "Funnet i filen" })).ToContainTextAsync("punktum (1,234.50)");

        // Back to what was found in the file: the amounts read as before.
        await BrowserApp.ChooseAsync(page.GetByRole(AriaRole.Combobox, new() { Name = "Desimaltegn" }), "Som funnet");
        await Expect(notANumber).ToHaveCountAsync(0);
        await Expect(preview).ToContainTextAsync("1\u00A0234,50");
        await Expect(warning).ToHaveCountAsync(0);
    }

    /// <summary>Chooses a file as a keyboard user does: Enter on the button opens the file chooser.</summary>
    private static async Task UploadAsync(IPage page, string fileName)
    {
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Velg fil" }).PressAsync("Enter"));
        await chooser.SetFilesAsync(FilePath(fileName));
        await Expect(page.GetByTestId("file-name")).ToContainTextAsync(fileName);
    }

    private static async Task UndoAsync(IPage page, string fileName)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = $"Angre importen av {fileName}" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Angre", Exact = true }).ClickAsync();
    }

    [GeneratedRegex("Den samme filen ble allerede importert .+ av direktor@regnskap-pafunn.no — ingenting er endret.")]
    private static partial Regex SameFile();
}
