using SelfCompassion.Care;

namespace SelfCompassion.Tests.Services;

public class CrisisLanguageTests
{
    [Theory]
    [InlineData("I want to die")]
    [InlineData("sometimes I think about suicide")]
    [InlineData("I've been cutting myself again")]
    [InlineData("They'd all be better off without me")]
    [InlineData("I don\u2019t want to be alive anymore")]
    [InlineData("I want   to\ndie")]
    [InlineData("I have a plan to kill MYSELF")]
    public void Words_of_danger_are_noticed(string text) => Assert.True(CrisisLanguage.IsPresent(text));

    [Theory]
    [InlineData("This commute is killing me")]
    [InlineData("I'm dying to see the film")]
    [InlineData("I could die of embarrassment")]
    [InlineData("I killed it at the presentation")]
    [InlineData("")]
    [InlineData(null)]
    public void Everyday_figures_of_speech_are_not(string? text) => Assert.False(CrisisLanguage.IsPresent(text));
}
