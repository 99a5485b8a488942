using CrmLeadSla.Cli;

return LeadSlaCommandLine.Run(args);
