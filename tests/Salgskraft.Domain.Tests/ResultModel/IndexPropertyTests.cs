using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Salgskraft.Domain.Activities;
using Salgskraft.Domain.Deals;
using Salgskraft.Domain.ResultModel;

namespace Salgskraft.Domain.Tests.ResultModel;

public sealed class IndexPropertyTests
{
    private static bool OnScale(decimal? index) => index is null or (>= 0m and <= IndexScale.Cap);

    [Property]
    public bool QualifyIndex_AnyFigures_StaysOnScale(NonNegativeInt activities, NonNegativeInt prioritised, NonNegativeInt pipeline, NonNegativeInt prioritisedPipeline, PositiveInt plannedPercent)
    {
        var planned = Math.Min(plannedPercent.Get, 100) / 100m;
        var index = new QualifyIndex(
            activities.Get,
            Math.Min(prioritised.Get, activities.Get),
            pipeline.Get,
            Math.Min(prioritisedPipeline.Get, pipeline.Get),
            planned);

        return OnScale(index.Value);
    }

    [Property]
    public bool QuantityIndex_AnyFigures_StaysOnScale(NonNegativeInt meetings, NonNegativeInt calls, NonNegativeInt target, NonNegativeInt timePercent)
    {
        var index = new QuantityIndex(
            [new(new ActivityGoal(1, target.Get, 2), meetings.Get), new(new ActivityGoal(2, 10), calls.Get)],
            timePercent.Get / 100m);

        return OnScale(index.Value);
    }

    [Property]
    public bool QualityIndex_AnyFunnel_StaysOnScale(NonNegativeInt meetings, NonNegativeInt quotes, NonNegativeInt won, PositiveInt goalPercent)
    {
        var quoted = Math.Min(quotes.Get, meetings.Get);
        var funnel = new DealFunnel(meetings.Get, quoted, Math.Min(won.Get, quoted), Math.Min(won.Get, quoted));
        var goal = Math.Min(goalPercent.Get, 100) / 100m;

        return OnScale(new QualityIndex(funnel, goal, goal).Value);
    }

    [Property]
    public Property WeakestFactor_IsNeverAboveAnotherShownIndex()
    {
        var index = Gen.Choose(0, 2000).Select(i => i / 10m);
        return Prop.ForAll(
            Arb.From(Gen.Three(index)),
            t =>
            {
                var row = new ResultModelRow(1, t.Item1, t.Item2, t.Item3);
                decimal?[] shown = [row.QualifyIndex, row.QuantityIndex, row.QualityIndex];
                var weakest = row.WeakestFactor switch
                {
                    ResultFactor.Qualify => row.QualifyIndex,
                    ResultFactor.Quantity => row.QuantityIndex,
                    _ => row.QualityIndex,
                };
                return shown.All(s => weakest <= s) && row.Result is >= 0m and <= 800m;
            });
    }
}
