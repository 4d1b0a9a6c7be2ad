namespace Salgskraft.Core.Common;

/// <summary>
/// The caller may see the thing but their role may not change it (answers 403). The message is the reason's English,
/// for the API and the CLI; a page says <see cref="Reason"/> in the user's language.
/// </summary>
public sealed class ForbiddenException(Reason reason) : Exception(reason.ToString())
{
    public Reason Reason { get; } = reason;
}
