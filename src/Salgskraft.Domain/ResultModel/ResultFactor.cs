namespace Salgskraft.Domain.ResultModel;

/// <summary>The three factors of result = qualify × quantity × quality (seed 003). Names are part of the API.</summary>
public enum ResultFactor
{
    Qualify,
    Quantity,
    Quality,
}
