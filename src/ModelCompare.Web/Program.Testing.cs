// Lets the integration tests start the real host with WebApplicationFactory<Program>.
public partial class Program;
