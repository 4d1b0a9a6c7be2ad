using System.Globalization;
using Salgskraft.Core.Activities;
using Salgskraft.Core.Common;

namespace Salgskraft.Core.Tests.Common;

public sealed class ValidationFailedExceptionTests
{
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    [Fact]
    public void AFormsReasons_ReadFieldByField_AndTheOnesWithoutAnInputAsMessages()
    {
        var errors = new ValidationErrors();
        errors.Add("date", ActivityReasons.DateAfterToday());
        errors.Add("channel", ActivityReasons.ChooseChannel());
        var error = Assert.Throws<ValidationFailedException>(errors.ThrowIfAny);

        Assert.Equal(["Choose face to face, phone or digital."], error.Errors["channel"]);
        Assert.Equal(["En aktivitet registreres når den er gjort: datoen kan ikke være etter i dag."], error.ErrorsIn(Norwegian)["date"]);
        Assert.Equal(["Velg ansikt til ansikt, telefon eller digitalt."], error.MessagesIn(Norwegian, new HashSet<string> { "date" }));
        Assert.Equal(2, error.MessagesIn(Norwegian).Count);
    }
}
