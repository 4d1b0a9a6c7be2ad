namespace Salgskraft.Core.Common;

/// <summary>
/// Something the caller named does not exist, or is not theirs to see (both answer 404). The message is the reason's
/// English, for the API and the CLI; a page says <see cref="Reason"/> in the user's language.
/// </summary>
public sealed class NotFoundException(Reason reason) : Exception(reason.ToString())
{
    public Reason Reason { get; } = reason;
}
