using Salgskraft.Core.Demo;

namespace Salgskraft.Core.Tests.Demo;

public sealed class DemoRandomTests
{
    [Fact]
    public void NextUInt64_Seed1234567_GivesReferenceSplitMix64Sequence()
    {
        // First outputs of Vigna's reference splitmix64.c for this seed: the generator, and so the demo data,
        // cannot drift with the .NET version.
        var random = new DemoRandom(1234567);

        ulong[] actual = [random.NextUInt64(), random.NextUInt64(), random.NextUInt64()];

        Assert.Equal([6457827717110365317UL, 3203168211198807973UL, 9817491932198370423UL], actual);
    }

    [Fact]
    public void Next_ManyDraws_StayInRange()
    {
        var random = new DemoRandom(2025);

        var draws = Enumerable.Range(0, 10_000).Select(_ => random.Next(3, 7)).ToList();

        Assert.All(draws, d => Assert.InRange(d, 3, 6));
        Assert.Equal([3, 4, 5, 6], draws.Distinct().Order());
    }
}
