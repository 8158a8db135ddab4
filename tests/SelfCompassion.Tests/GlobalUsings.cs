global using SelfCompassion.Tests.Support;
