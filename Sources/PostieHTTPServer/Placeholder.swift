// PostieHTTPServer: placeholder until its first stage lands.
