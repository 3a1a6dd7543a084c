import AgendaCLI

AgendaCommandLine.main()
