window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "north_light_kit",
            "name" : "north_light_kit"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "0",
      "id_str" : "1741469380899766710",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "1741469380899766710",
      "created_at" : "Sun Dec 31 14:40:30 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @north_light_kit: midnight on channel 16 with the keeper at skerrow. happy new year to all the lights &amp; all the ships. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1741469380899766710"
          ],
          "editableUntil" : "2023-12-31T15:40:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "north_light_kit",
            "name" : "north_light_kit"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "22",
      "id_str" : "1741466876900278709",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1741466876900278709",
      "created_at" : "Sun Dec 31 14:30:33 +0000 2023",
      "favorited" : false,
      "full_text" : "@north_light_kit midnight on channel 16 as always. i've got cake. you've got the jokes. don't tell the one about the seagull again.",
      "lang" : "en",
      "in_reply_to_status_id" : "1741459578811318275",
      "in_reply_to_status_id_str" : "1741459578811318275",
      "in_reply_to_user_id" : "4120977315",
      "in_reply_to_user_id_str" : "4120977315",
      "in_reply_to_screen_name" : "north_light_kit",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1741466876900278709"
          ],
          "editableUntil" : "2023-12-31T15:30:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/4147080000",
            "expanded_url" : "https://twitter.com/harbour_scones/status/1741381665420214277",
            "display_url" : "twitter.com/harbour_scones"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "22",
      "id_str" : "1741426963903414708",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1741426963903414708",
      "created_at" : "Sun Dec 31 11:51:57 +0000 2023",
      "favorited" : false,
      "full_text" : "dougie has outdone himself. i'll be eating this cake until march &amp; i'm not sorry. https://t.co/4147080000",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1741426963903414708"
          ],
          "editableUntil" : "2023-12-31T12:51:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "9",
      "id_str" : "1741406306956214707",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1741406306956214707",
      "created_at" : "Sun Dec 31 10:29:52 +0000 2023",
      "favorited" : false,
      "full_text" : "(3/3) &amp; 0 ships lost. that's still the only number that matters. happy new year from skerrow. lamp lit. 🕯️",
      "lang" : "en",
      "in_reply_to_status_id" : "1741405803639734706",
      "in_reply_to_status_id_str" : "1741405803639734706",
      "in_reply_to_user_id" : "1609387214",
      "in_reply_to_user_id_str" : "1609387214",
      "in_reply_to_screen_name" : "skerrow_light",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1741406306956214707"
          ],
          "editableUntil" : "2023-12-31T11:29:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "15",
      "id_str" : "1741405803639734706",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1741405803639734706",
      "created_at" : "Sun Dec 31 10:27:52 +0000 2023",
      "favorited" : false,
      "full_text" : "(2/3) about 5,700 hours of lamp. 400 hours of fog horn. 25 gales, 9 storms, one sheep arrived by sea. 800 puffins counted at teatime, give or take.",
      "lang" : "en",
      "in_reply_to_status_id" : "1741405300323254705",
      "in_reply_to_status_id_str" : "1741405300323254705",
      "in_reply_to_user_id" : "1609387214",
      "in_reply_to_user_id_str" : "1609387214",
      "in_reply_to_screen_name" : "skerrow_light",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1741405803639734706"
          ],
          "editableUntil" : "2023-12-31T11:27:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "6",
      "id_str" : "1741405300323254705",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1741405300323254705",
      "created_at" : "Sun Dec 31 10:25:52 +0000 2023",
      "favorited" : false,
      "full_text" : "(1/3) two years of posting from the light. i went back through the log tonight to see what it says.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1741405300323254705"
          ],
          "editableUntil" : "2023-12-31T11:25:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "9",
      "id_str" : "1741355392299958704",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1741355392299958704",
      "created_at" : "Sun Dec 31 07:07:33 +0000 2023",
      "favorited" : false,
      "full_text" : "wind sw 4. a grey, mild new year's eve morning. the sea calm &amp; the log almost full. kettle's on. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1741355392299958704"
          ],
          "editableUntil" : "2023-12-31T08:07:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "14",
      "id_str" : "1741004849148854703",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1741004849148854703",
      "created_at" : "Sat Dec 30 07:54:37 +0000 2023",
      "favorited" : false,
      "full_text" : "the year's last sunrise. pink &amp; cold over the hills. jen still asleep, biscuit on her feet. kettle's on. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1741004849148854703"
          ],
          "editableUntil" : "2023-12-30T08:54:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "0",
      "id_str" : "1739667923137462702",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1739667923137462702",
      "created_at" : "Tue Dec 26 15:22:09 +0000 2023",
      "favorited" : false,
      "full_text" : "boxing day. calm for once. jen &amp; i walked round the whole island in an hour. it's smaller than it feels. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1739667923137462702"
          ],
          "editableUntil" : "2023-12-26T16:22:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "159"
      ],
      "favorite_count" : "16",
      "id_str" : "1739304608330678701",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1739304608330678701",
      "created_at" : "Mon Dec 25 15:18:28 +0000 2023",
      "favorited" : false,
      "full_text" : "christmas on skerrow: jen, me, biscuit &amp; morag round the table. the captain at the window, of course. chicken for everyone except morag, who had a cabbage.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1739304608330678701"
          ],
          "editableUntil" : "2023-12-25T16:18:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "jen_in_town",
            "name" : "jen_in_town"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "13",
      "id_str" : "1738545053430710700",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1738545053430710700",
      "created_at" : "Sat Dec 23 13:00:16 +0000 2023",
      "favorited" : false,
      "full_text" : "@jen_in_town biscuit has been sleeping on your bed for a week to warm it up. that's his story anyway.",
      "lang" : "en",
      "in_reply_to_status_id" : "1738533728809910275",
      "in_reply_to_status_id_str" : "1738533728809910275",
      "in_reply_to_user_id" : "1984402231",
      "in_reply_to_user_id_str" : "1984402231",
      "in_reply_to_screen_name" : "jen_in_town",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1738545053430710700"
          ],
          "editableUntil" : "2023-12-23T14:00:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "12",
      "id_str" : "1737638005830582699",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1737638005830582699",
      "created_at" : "Thu Dec 21 00:55:59 +0000 2023",
      "favorited" : false,
      "full_text" : "solstice. the longest night again. up with the old girl all the way through. happy solstice from skerrow. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1737638005830582699"
          ],
          "editableUntil" : "2023-12-21T01:55:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "19",
      "id_str" : "1734942553142198698",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1734942553142198698",
      "created_at" : "Wed Dec 13 14:25:13 +0000 2023",
      "favorited" : false,
      "full_text" : "looking at last year's christmas photo &amp; this year's. the same tree, the same bauble, a slightly older cat &amp; a new sheep. a good year.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1734942553142198698"
          ],
          "editableUntil" : "2023-12-13T15:25:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "6",
      "id_str" : "1734211540480950697",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1734211540480950697",
      "created_at" : "Mon Dec 11 14:00:26 +0000 2023",
      "favorited" : false,
      "full_text" : "jen is coming for christmas. the spare room is ready. morag has been told to behave. biscuit has been told nothing, he knows.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1734211540480950697"
          ],
          "editableUntil" : "2023-12-11T15:00:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "boatday"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "20",
      "id_str" : "1732748638548918696",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1732748638548918696",
      "created_at" : "Thu Dec 07 13:07:23 +0000 2023",
      "favorited" : false,
      "full_text" : "tam brought the christmas tree. lopsided again. i think he picks them that way on purpose. #boatday",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1732748638548918696"
          ],
          "editableUntil" : "2023-12-07T14:07:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "url" : "https://t.co/m05846695",
            "expanded_url" : "https://twitter.com/me/status/1732341610705846695/photo/1",
            "media_url_https" : "https://pbs.twimg.com/media/x.jpg",
            "type" : "photo"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "32",
      "id_str" : "1732341610705846695",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1732341610705846695",
      "created_at" : "Wed Dec 06 10:10:00 +0000 2023",
      "favorited" : false,
      "full_text" : "the tree, with the shells &amp; gran's bauble &amp; a new glass float from the beach. 🎄 https://t.co/m05846695",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1732341610705846695"
          ],
          "editableUntil" : "2023-12-06T11:10:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "8",
      "id_str" : "1731698179306422694",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1731698179306422694",
      "created_at" : "Mon Dec 04 15:33:14 +0000 2023",
      "favorited" : false,
      "full_text" : "lamp lit at 15:37. the earliest of the year, one minute earlier than last year. i don't know how. the log says so. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1731698179306422694"
          ],
          "editableUntil" : "2023-12-04T16:33:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "5",
      "id_str" : "1730480170202038693",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1730480170202038693",
      "created_at" : "Fri Dec 01 06:53:18 +0000 2023",
      "favorited" : false,
      "full_text" : "wind e 4, bitter &amp; bright. sunrise at half eight, sunset at half three. a short visit from the sun. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1730480170202038693"
          ],
          "editableUntil" : "2023-12-01T07:53:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "jen_in_town",
            "name" : "jen_in_town"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "16",
      "id_str" : "1729885371757494692",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1729885371757494692",
      "created_at" : "Wed Nov 29 15:29:47 +0000 2023",
      "favorited" : false,
      "full_text" : "@jen_in_town a sheep can't come for christmas, jen. a sheep lives here. you come for christmas. bring the chutney.",
      "lang" : "en",
      "in_reply_to_status_id" : "1729874802111414275",
      "in_reply_to_status_id_str" : "1729874802111414275",
      "in_reply_to_user_id" : "1984402231",
      "in_reply_to_user_id_str" : "1984402231",
      "in_reply_to_screen_name" : "jen_in_town",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1729885371757494692"
          ],
          "editableUntil" : "2023-11-29T16:29:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "5",
      "id_str" : "1729179503948726691",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1729179503948726691",
      "created_at" : "Mon Nov 27 16:44:55 +0000 2023",
      "favorited" : false,
      "full_text" : "a quiet evening. the old girl turning, the stove ticking, the rain easing. nothing to report &amp; that's the best report. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1729179503948726691"
          ],
          "editableUntil" : "2023-11-27T17:44:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "16",
      "id_str" : "1728024048694198690",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1728024048694198690",
      "created_at" : "Fri Nov 24 12:13:33 +0000 2023",
      "favorited" : false,
      "full_text" : "the captain has started knocking on the window at seven again. he has two children to feed now, he says. still no toast.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1728024048694198690"
          ],
          "editableUntil" : "2023-11-24T13:13:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "sea_glass_sue",
            "name" : "sea_glass_sue"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "18",
      "id_str" : "1727315790132150689",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1727315790132150689",
      "created_at" : "Wed Nov 22 13:19:11 +0000 2023",
      "favorited" : false,
      "full_text" : "@sea_glass_sue the jar is nearly full. mostly green, four blue &amp; one red, which i'm told is very rare. 🌊",
      "lang" : "en",
      "in_reply_to_status_id" : "1727310756967350275",
      "in_reply_to_status_id_str" : "1727310756967350275",
      "in_reply_to_user_id" : "6043318820",
      "in_reply_to_user_id_str" : "6043318820",
      "in_reply_to_screen_name" : "sea_glass_sue",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1727315790132150689"
          ],
          "editableUntil" : "2023-11-22T14:19:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "1",
      "id_str" : "1726644772795318688",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1726644772795318688",
      "created_at" : "Mon Nov 20 16:52:48 +0000 2023",
      "favorited" : false,
      "full_text" : "a still night after a week of wind. you can hear every wave on the rocks. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1726644772795318688"
          ],
          "editableUntil" : "2023-11-20T17:52:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "2",
      "id_str" : "1726137828242358687",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1726137828242358687",
      "created_at" : "Sun Nov 19 07:18:23 +0000 2023",
      "favorited" : false,
      "full_text" : "grey morning, grey sea, grey sheep. kettle's on &amp; it's the only warm thing for miles. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1726137828242358687"
          ],
          "editableUntil" : "2023-11-19T08:18:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "2",
      "id_str" : "1725344853128118686",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1725344853128118686",
      "created_at" : "Fri Nov 17 02:47:23 +0000 2023",
      "favorited" : false,
      "full_text" : "in the log: \"lamp 16:19 to 08:01. wind sw 8 -&gt; w 6. sea very rough. one vessel, the brave lass, making for harbour. all well.\" 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1725344853128118686"
          ],
          "editableUntil" : "2023-11-17T03:47:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "16",
      "id_str" : "1724032753202102685",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1724032753202102685",
      "created_at" : "Mon Nov 13 11:53:34 +0000 2023",
      "favorited" : false,
      "full_text" : "a whooper swan on the pond by the old wall. maybe the same one as last year. he honked at me like he remembered.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1724032753202102685"
          ],
          "editableUntil" : "2023-11-13T12:53:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "2",
      "id_str" : "1723704603440054684",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1723704603440054684",
      "created_at" : "Sun Nov 12 14:09:37 +0000 2023",
      "favorited" : false,
      "full_text" : "knitting again. it was supposed to be a scarf. it is now a much longer tube. morag is wearing it.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1723704603440054684"
          ],
          "editableUntil" : "2023-11-12T15:09:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "9",
      "id_str" : "1722285989163958683",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1722285989163958683",
      "created_at" : "Wed Nov 08 16:12:33 +0000 2023",
      "favorited" : false,
      "full_text" : "lamp lit at half four. tea, the radio &amp; the star book. found cassiopeia tonight. the w in the sky. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1722285989163958683"
          ],
          "editableUntil" : "2023-11-08T17:12:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "21",
      "id_str" : "1721486542238646682",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1721486542238646682",
      "created_at" : "Mon Nov 06 11:15:50 +0000 2023",
      "favorited" : false,
      "full_text" : "the radio says there's a storm with a name coming on friday. out here they don't need names. we know them by how many slates we lose.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1721486542238646682"
          ],
          "editableUntil" : "2023-11-06T12:15:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "url" : "https://t.co/m15478681",
            "expanded_url" : "https://twitter.com/me/status/1721177141015478681/photo/1",
            "media_url_https" : "https://pbs.twimg.com/media/x.jpg",
            "type" : "photo"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "36",
      "id_str" : "1721177141015478681",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1721177141015478681",
      "created_at" : "Sun Nov 05 14:46:23 +0000 2023",
      "favorited" : false,
      "full_text" : "fireworks over the mainland, tiny &amp; silent from the gallery. https://t.co/m15478681",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1721177141015478681"
          ],
          "editableUntil" : "2023-11-05T15:46:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "boatday"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "14",
      "id_str" : "1720094901531574680",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1720094901531574680",
      "created_at" : "Thu Nov 02 15:05:57 +0000 2023",
      "favorited" : false,
      "full_text" : "christmas cake from the harbour café arrived with tam, in november, again. it's being fed every sunday. #boatday",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1720094901531574680"
          ],
          "editableUntil" : "2023-11-02T16:05:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "10",
      "id_str" : "1719606990730166679",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1719606990730166679",
      "created_at" : "Wed Nov 01 06:47:10 +0000 2023",
      "favorited" : false,
      "full_text" : "wind nw 6. frost on the railing. the sun barely getting over the hills. kettle's on. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1719606990730166679"
          ],
          "editableUntil" : "2023-11-01T07:47:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "10",
      "id_str" : "1719050792465334678",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1719050792465334678",
      "created_at" : "Mon Oct 30 17:57:02 +0000 2023",
      "favorited" : false,
      "full_text" : "wind s 9. the rain coming sideways. biscuit &amp; morag in the porch again, still not speaking. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1719050792465334678"
          ],
          "editableUntil" : "2023-10-30T18:57:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "20",
      "id_str" : "1718713142604726677",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1718713142604726677",
      "created_at" : "Sun Oct 29 19:35:20 +0000 2023",
      "favorited" : false,
      "full_text" : "the clocks went back. lamp lit at five. the long nights are here. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1718713142604726677"
          ],
          "editableUntil" : "2023-10-29T20:35:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "tam_the_boat",
            "name" : "tam_the_boat"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "22",
      "id_str" : "1718591826555830676",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1718591826555830676",
      "created_at" : "Sun Oct 29 11:33:16 +0000 2023",
      "favorited" : false,
      "full_text" : "@tam_the_boat yes, i know morag was on your boat. no, i don't know how she got on it. she came back, didn't she.",
      "lang" : "en",
      "in_reply_to_status_id" : "1718579495302070275",
      "in_reply_to_status_id_str" : "1718579495302070275",
      "in_reply_to_user_id" : "3718845190",
      "in_reply_to_user_id_str" : "3718845190",
      "in_reply_to_screen_name" : "tam_the_boat",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1718591826555830676"
          ],
          "editableUntil" : "2023-10-29T12:33:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "18",
      "id_str" : "1717435884762038675",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1717435884762038675",
      "created_at" : "Thu Oct 26 06:59:58 +0000 2023",
      "favorited" : false,
      "full_text" : "wind nw 7. hail battering the kitchen window. biscuit has declared a day off. i can't, but i'm jealous. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1717435884762038675"
          ],
          "editableUntil" : "2023-10-26T07:59:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "14",
      "id_str" : "1717221350306742674",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1717221350306742674",
      "created_at" : "Wed Oct 25 16:47:29 +0000 2023",
      "favorited" : false,
      "full_text" : "biscuit is charging the usual toll on the bottom step. chin scratches only. no exceptions.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1717221350306742674"
          ],
          "editableUntil" : "2023-10-25T17:47:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "8",
      "id_str" : "1716258120004534673",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1716258120004534673",
      "created_at" : "Mon Oct 23 00:59:57 +0000 2023",
      "favorited" : false,
      "full_text" : "the glass dropping. i can hear the swell on the west side getting heavier. long night ahead. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1716258120004534673"
          ],
          "editableUntil" : "2023-10-23T01:59:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "1",
      "id_str" : "1715416679707574672",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1715416679707574672",
      "created_at" : "Fri Oct 20 17:16:22 +0000 2023",
      "favorited" : false,
      "full_text" : "a trawler from up the coast, the morning glory again, anchored in the lee tonight. flashed the torch. they flashed back. lamp lit. 🕯️ ⚓",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1715416679707574672"
          ],
          "editableUntil" : "2023-10-20T18:16:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "4",
      "id_str" : "1714659792384950671",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1714659792384950671",
      "created_at" : "Wed Oct 18 15:08:46 +0000 2023",
      "favorited" : false,
      "full_text" : "oiled all 47 hinges. 48 now, with the new shed door. the island is growing.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1714659792384950671"
          ],
          "editableUntil" : "2023-10-18T16:08:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "7",
      "id_str" : "1714252378665910670",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1714252378665910670",
      "created_at" : "Tue Oct 17 12:09:51 +0000 2023",
      "favorited" : false,
      "full_text" : "read the 1931 log again tonight. the same storm month, the same wind, the same lamp. the keeper wrote \"all well\" &amp; so do i.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1714252378665910670"
          ],
          "editableUntil" : "2023-10-17T13:09:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "6",
      "id_str" : "1713084705403830669",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1713084705403830669",
      "created_at" : "Sat Oct 14 06:49:56 +0000 2023",
      "favorited" : false,
      "full_text" : "wind w 5. mild &amp; grey. the robin is back in the garden. or a new one. i'm calling him the same name. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1713084705403830669"
          ],
          "editableUntil" : "2023-10-14T07:49:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "boatday"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "13",
      "id_str" : "1712410546533302668",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1712410546533302668",
      "created_at" : "Thu Oct 12 10:11:04 +0000 2023",
      "favorited" : false,
      "full_text" : "tam's soup flask came back with the boat again. it's dougie's soup. tam still can't make soup. #boatday",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1712410546533302668"
          ],
          "editableUntil" : "2023-10-12T11:11:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "url" : "https://t.co/m29366667",
            "expanded_url" : "https://twitter.com/me/status/1712119319229366667/photo/1",
            "media_url_https" : "https://pbs.twimg.com/media/x.jpg",
            "type" : "photo"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "31",
      "id_str" : "1712119319229366667",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1712119319229366667",
      "created_at" : "Wed Oct 11 14:53:50 +0000 2023",
      "favorited" : false,
      "full_text" : "the sea the morning after. still grumbling. 🌊 https://t.co/m29366667",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1712119319229366667"
          ],
          "editableUntil" : "2023-10-11T15:53:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "13",
      "id_str" : "1710964384068534666",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1710964384068534666",
      "created_at" : "Sun Oct 08 10:24:32 +0000 2023",
      "favorited" : false,
      "full_text" : "the shed door has a proper hinge now. tam brought it. i'll miss the rope, in a way.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1710964384068534666"
          ],
          "editableUntil" : "2023-10-08T11:24:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "15",
      "id_str" : "1709513221993398665",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1709513221993398665",
      "created_at" : "Wed Oct 04 10:18:08 +0000 2023",
      "favorited" : false,
      "full_text" : "seal pups on the south rocks again. four this year. the committee is growing.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1709513221993398665"
          ],
          "editableUntil" : "2023-10-04T11:18:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "151"
      ],
      "favorite_count" : "8",
      "id_str" : "1708761619493814664",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1708761619493814664",
      "created_at" : "Mon Oct 02 08:31:32 +0000 2023",
      "favorited" : false,
      "full_text" : "(3/3) this morning: weed on the landing, the shed door still on (rope works), morag inside again &amp; biscuit not speaking. all normal. kettle's on. ☕",
      "lang" : "en",
      "in_reply_to_status_id" : "1708761116177334663",
      "in_reply_to_status_id_str" : "1708761116177334663",
      "in_reply_to_user_id" : "1609387214",
      "in_reply_to_user_id_str" : "1609387214",
      "in_reply_to_screen_name" : "skerrow_light",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1708761619493814664"
          ],
          "editableUntil" : "2023-10-02T09:31:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "12",
      "id_str" : "1708761116177334663",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1708761116177334663",
      "created_at" : "Mon Oct 02 08:29:32 +0000 2023",
      "favorited" : false,
      "full_text" : "(2/3) the power stayed on this time &amp; the new generator never had to wake up. the old girl turned all night, steady as anything.",
      "lang" : "en",
      "in_reply_to_status_id" : "1708760612860854662",
      "in_reply_to_status_id_str" : "1708760612860854662",
      "in_reply_to_user_id" : "1609387214",
      "in_reply_to_user_id_str" : "1609387214",
      "in_reply_to_screen_name" : "skerrow_light",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1708761116177334663"
          ],
          "editableUntil" : "2023-10-02T09:29:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "19",
      "id_str" : "1708760612860854662",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1708760612860854662",
      "created_at" : "Mon Oct 02 08:27:32 +0000 2023",
      "favorited" : false,
      "full_text" : "(1/3) storm last night, the first big one of the winter. wind sw 10 at midnight. the spray over the tower again.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1708760612860854662"
          ],
          "editableUntil" : "2023-10-02T09:27:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "rainy_robbie",
            "name" : "rainy_robbie"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "18",
      "id_str" : "1708462108439478661",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1708462108439478661",
      "created_at" : "Sun Oct 01 12:41:23 +0000 2023",
      "favorited" : false,
      "full_text" : "@rainy_robbie sw 10 at midnight, spray over the tower. the old girl didn't mind. i minded a bit.",
      "lang" : "en",
      "in_reply_to_status_id" : "1708456823616438275",
      "in_reply_to_status_id_str" : "1708456823616438275",
      "in_reply_to_user_id" : "5519023678",
      "in_reply_to_user_id_str" : "5519023678",
      "in_reply_to_screen_name" : "rainy_robbie",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1708462108439478661"
          ],
          "editableUntil" : "2023-10-01T13:41:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "puffin_count",
            "name" : "puffin_count"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/6626600000",
            "expanded_url" : "https://example.org/skerrow/puffins-2023",
            "display_url" : "example.org/skerrow/puffin"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "20",
      "id_str" : "1708104422388662660",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1708104422388662660",
      "created_at" : "Sat Sep 30 13:00:04 +0000 2023",
      "favorited" : false,
      "full_text" : "@puffin_count final numbers from the teatime counts are at https://t.co/6626600000 &amp; they're the best in years.",
      "lang" : "en",
      "in_reply_to_status_id" : "1708094356059062275",
      "in_reply_to_status_id_str" : "1708094356059062275",
      "in_reply_to_user_id" : "2256108843",
      "in_reply_to_user_id_str" : "2256108843",
      "in_reply_to_screen_name" : "puffin_count",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1708104422388662660"
          ],
          "editableUntil" : "2023-09-30T14:00:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "2",
      "id_str" : "1707429168804790659",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1707429168804790659",
      "created_at" : "Thu Sep 28 16:16:51 +0000 2023",
      "favorited" : false,
      "full_text" : "in the log: \"visibility good. one ferry, two trawlers, one tall ship, 300 geese, one sheep on the landing.\" morag likes to watch the boats.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1707429168804790659"
          ],
          "editableUntil" : "2023-09-28T17:16:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "14",
      "id_str" : "1706662269678518658",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1706662269678518658",
      "created_at" : "Tue Sep 26 13:29:28 +0000 2023",
      "favorited" : false,
      "full_text" : "redwings again tonight, pouring in off the sea in the dark. you hear them before you see anything. thin little calls, right overhead.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1706662269678518658"
          ],
          "editableUntil" : "2023-09-26T14:29:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "10",
      "id_str" : "1705651656324022657",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1705651656324022657",
      "created_at" : "Sat Sep 23 18:33:39 +0000 2023",
      "favorited" : false,
      "full_text" : "wind sw 7. the brave lass stayed in harbour. sensible lass. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1705651656324022657"
          ],
          "editableUntil" : "2023-09-23T19:33:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "3",
      "id_str" : "1705290006655926656",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1705290006655926656",
      "created_at" : "Fri Sep 22 18:36:35 +0000 2023",
      "favorited" : false,
      "full_text" : "equinox again. the lamp on at seven sharp, same as last year. some things you can set your watch by. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1705290006655926656"
          ],
          "editableUntil" : "2023-09-22T19:36:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "boatday"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "9",
      "id_str" : "1704848317084598655",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1704848317084598655",
      "created_at" : "Thu Sep 21 13:21:28 +0000 2023",
      "favorited" : false,
      "full_text" : "winter coal came over with tam. three tons, a bag at a time, up the steps. my back has opinions. #boatday",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1704848317084598655"
          ],
          "editableUntil" : "2023-09-21T14:21:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "3",
      "id_str" : "1704034261398454654",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1704034261398454654",
      "created_at" : "Tue Sep 19 07:26:42 +0000 2023",
      "favorited" : false,
      "full_text" : "fog on the sound &amp; sun above it. the tower sticking out of the top of the cloud. 🌫️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1704034261398454654"
          ],
          "editableUntil" : "2023-09-19T08:26:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "20",
      "id_str" : "1703784016638902653",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1703784016638902653",
      "created_at" : "Mon Sep 18 14:52:19 +0000 2023",
      "favorited" : false,
      "full_text" : "first fire in the stove. biscuit has taken his place in front of it. see you in april, biscuit.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1703784016638902653"
          ],
          "editableUntil" : "2023-09-18T15:52:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "url" : "https://t.co/m71062652",
            "expanded_url" : "https://twitter.com/me/status/1702667450971062652/photo/1",
            "media_url_https" : "https://pbs.twimg.com/media/x.jpg",
            "type" : "photo"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "26",
      "id_str" : "1702667450971062652",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1702667450971062652",
      "created_at" : "Fri Sep 15 12:55:29 +0000 2023",
      "favorited" : false,
      "full_text" : "the harvest moon coming up over the mainland hills, huge &amp; orange. the captain watched it with me. 🌕 https://t.co/m71062652",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1702667450971062652"
          ],
          "editableUntil" : "2023-09-15T13:55:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "boatday"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "3",
      "id_str" : "1702336482636726651",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1702336482636726651",
      "created_at" : "Thu Sep 14 15:00:20 +0000 2023",
      "favorited" : false,
      "full_text" : "dug the potatoes. two buckets this year, double last year. dougie is insufferable about it. #boatday",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1702336482636726651"
          ],
          "editableUntil" : "2023-09-14T16:00:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "8",
      "id_str" : "1700478095586230650",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700478095586230650",
      "created_at" : "Sat Sep 09 11:55:46 +0000 2023",
      "favorited" : false,
      "full_text" : "(3/3) they sailed at dawn. i watched from the gallery until she was a white speck. then i put the kettle on. ⚓ ☕",
      "lang" : "en",
      "in_reply_to_status_id" : "1700477592269750649",
      "in_reply_to_status_id_str" : "1700477592269750649",
      "in_reply_to_user_id" : "1609387214",
      "in_reply_to_user_id_str" : "1609387214",
      "in_reply_to_screen_name" : "skerrow_light",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700478095586230650"
          ],
          "editableUntil" : "2023-09-09T12:55:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "158"
      ],
      "favorite_count" : "0",
      "id_str" : "1700477592269750649",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700477592269750649",
      "created_at" : "Sat Sep 09 11:53:46 +0000 2023",
      "favorited" : false,
      "full_text" : "(2/3) her crew rowed over &amp; asked to see the lamp. twelve of them up the stairs, one at a time, all saying \"oh\" at the top. everyone says \"oh\" at the top.",
      "lang" : "en",
      "in_reply_to_status_id" : "1700477088953270648",
      "in_reply_to_status_id_str" : "1700477088953270648",
      "in_reply_to_user_id" : "1609387214",
      "in_reply_to_user_id_str" : "1609387214",
      "in_reply_to_screen_name" : "skerrow_light",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700477592269750649"
          ],
          "editableUntil" : "2023-09-09T12:53:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "22",
      "id_str" : "1700477088953270648",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700477088953270648",
      "created_at" : "Sat Sep 09 11:51:46 +0000 2023",
      "favorited" : false,
      "full_text" : "(1/3) the marigold came back. the tall ship from may, heading south this time, &amp; she anchored in the lee for the night.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700477088953270648"
          ],
          "editableUntil" : "2023-09-09T12:51:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "harbour_scones",
            "name" : "harbour_scones"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "0",
      "id_str" : "1699767500796854647",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1699767500796854647",
      "created_at" : "Thu Sep 07 12:52:07 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @harbour_scones: record potato harvest reported from skerrow light. we accept full credit. trust the soil.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1699767500796854647"
          ],
          "editableUntil" : "2023-09-07T13:52:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "13",
      "id_str" : "1699004078748598646",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1699004078748598646",
      "created_at" : "Tue Sep 05 10:18:33 +0000 2023",
      "favorited" : false,
      "full_text" : "gran's teapot has a crack. i'm not getting a new one. i'm getting very good at tea that drips.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1699004078748598646"
          ],
          "editableUntil" : "2023-09-05T11:18:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "19",
      "id_str" : "1698436748800950645",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1698436748800950645",
      "created_at" : "Sun Sep 03 20:44:11 +0000 2023",
      "favorited" : false,
      "full_text" : "the brave lass came home with a boat full of mackerel &amp; left a bag on the landing for me. supper sorted. lamp lit. 🕯️ ⚓",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1698436748800950645"
          ],
          "editableUntil" : "2023-09-03T21:44:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "6",
      "id_str" : "1697519320298422644",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1697519320298422644",
      "created_at" : "Fri Sep 01 07:58:39 +0000 2023",
      "favorited" : false,
      "full_text" : "wind nw 4. geese going south over the island all morning. long wobbly lines, shouting. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1697519320298422644"
          ],
          "editableUntil" : "2023-09-01T08:58:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "gull_watcher",
            "name" : "gull_watcher"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "0",
      "id_str" : "1696535399494582643",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1696535399494582643",
      "created_at" : "Tue Aug 29 14:48:54 +0000 2023",
      "favorited" : false,
      "full_text" : "@gull_watcher yes, a storm petrel at the landing last night, fluttering in the lamp light like a moth. tiny thing.",
      "lang" : "en",
      "in_reply_to_status_id" : "1696520300000182275",
      "in_reply_to_status_id_str" : "1696520300000182275",
      "in_reply_to_user_id" : "2871663042",
      "in_reply_to_user_id_str" : "2871663042",
      "in_reply_to_screen_name" : "gull_watcher",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1696535399494582643"
          ],
          "editableUntil" : "2023-08-29T15:48:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "1",
      "id_str" : "1696110059320246642",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1696110059320246642",
      "created_at" : "Mon Aug 28 10:38:45 +0000 2023",
      "favorited" : false,
      "full_text" : "in the log: \"wind sw 8. sea rough. visibility moderate. the last puffins gone from the slope.\" a sad line to write every year.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1696110059320246642"
          ],
          "editableUntil" : "2023-08-28T11:38:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "4",
      "id_str" : "1695424600994742641",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1695424600994742641",
      "created_at" : "Sat Aug 26 13:14:59 +0000 2023",
      "favorited" : false,
      "full_text" : "gannets diving in the sound all afternoon. the whole sea boiling with fish. 🐦",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1695424600994742641"
          ],
          "editableUntil" : "2023-08-26T14:14:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "tam_the_boat",
            "name" : "tam_the_boat"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "9",
      "id_str" : "1694398720373686640",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1694398720373686640",
      "created_at" : "Wed Aug 23 17:18:30 +0000 2023",
      "favorited" : false,
      "full_text" : "@tam_the_boat \"the beast\" is a lovely name. it still sounds like a hairdryer, tam.",
      "lang" : "en",
      "in_reply_to_status_id" : "1694384627512246275",
      "in_reply_to_status_id_str" : "1694384627512246275",
      "in_reply_to_user_id" : "3718845190",
      "in_reply_to_user_id_str" : "3718845190",
      "in_reply_to_screen_name" : "tam_the_boat",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1694398720373686640"
          ],
          "editableUntil" : "2023-08-23T18:18:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "21",
      "id_str" : "1693725379392438639",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1693725379392438639",
      "created_at" : "Mon Aug 21 20:42:53 +0000 2023",
      "favorited" : false,
      "full_text" : "the glass falling. 1002. an early autumn storm coming. i've put the washing &amp; morag inside. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1693725379392438639"
          ],
          "editableUntil" : "2023-08-21T21:42:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "6",
      "id_str" : "1693165431419830638",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1693165431419830638",
      "created_at" : "Sun Aug 20 07:37:51 +0000 2023",
      "favorited" : false,
      "full_text" : "a grey seal hauled out on the landing steps this morning. she wouldn't move. i had my tea on the other side of the door. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1693165431419830638"
          ],
          "editableUntil" : "2023-08-20T08:37:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "boatday"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "3",
      "id_str" : "1692197381862326637",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1692197381862326637",
      "created_at" : "Thu Aug 17 15:31:10 +0000 2023",
      "favorited" : false,
      "full_text" : "tam's new boat engine has a name now. he calls it \"the beast\". it sounds like a hairdryer. #boatday",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1692197381862326637"
          ],
          "editableUntil" : "2023-08-17T16:31:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "0",
      "id_str" : "1691428565939126636",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1691428565939126636",
      "created_at" : "Tue Aug 15 12:36:10 +0000 2023",
      "favorited" : false,
      "full_text" : "blackberries by the old wall. biscuit &amp; i got to them before morag this year. a small victory.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1691428565939126636"
          ],
          "editableUntil" : "2023-08-15T13:36:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "6",
      "id_str" : "1690312331621302635",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1690312331621302635",
      "created_at" : "Sat Aug 12 10:40:39 +0000 2023",
      "favorited" : false,
      "full_text" : "the captain's chicks have fledged &amp; are now sitting on the railing with him. three gulls in a row, all wanting toast.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1690312331621302635"
          ],
          "editableUntil" : "2023-08-12T11:40:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "11",
      "id_str" : "1690201966900150634",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1690201966900150634",
      "created_at" : "Sat Aug 12 03:22:06 +0000 2023",
      "favorited" : false,
      "full_text" : "shooting stars tonight, the perseids. i counted twenty-three from the gallery before the clouds came. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1690201966900150634"
          ],
          "editableUntil" : "2023-08-12T04:22:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "18",
      "id_str" : "1689287658959798633",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1689287658959798633",
      "created_at" : "Wed Aug 09 14:48:58 +0000 2023",
      "favorited" : false,
      "full_text" : "the swallows on the wire again. every year they line up like this &amp; every year i wave them off. safe travels, small ones. 🐦",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1689287658959798633"
          ],
          "editableUntil" : "2023-08-09T15:48:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "url" : "https://t.co/m35926632",
            "expanded_url" : "https://twitter.com/me/status/1688491819135926632/photo/1",
            "media_url_https" : "https://pbs.twimg.com/media/x.jpg",
            "type" : "photo"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "19",
      "id_str" : "1688491819135926632",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1688491819135926632",
      "created_at" : "Mon Aug 07 10:06:35 +0000 2023",
      "favorited" : false,
      "full_text" : "heather out across the whole island, purple to the edges. morag is eating it. of course she is. https://t.co/m35926632",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1688491819135926632"
          ],
          "editableUntil" : "2023-08-07T11:06:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "22",
      "id_str" : "1688295924167606631",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1688295924167606631",
      "created_at" : "Sun Aug 06 21:08:10 +0000 2023",
      "favorited" : false,
      "full_text" : "first dark night since april. lamp on before nine. the old girl back at work. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1688295924167606631"
          ],
          "editableUntil" : "2023-08-06T22:08:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "1",
      "id_str" : "1687133577671606630",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1687133577671606630",
      "created_at" : "Thu Aug 03 16:09:25 +0000 2023",
      "favorited" : false,
      "full_text" : "the box by the door is back out for lost pufflings. two so far, both carried down to the water. neither said thank you. 🐦",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1687133577671606630"
          ],
          "editableUntil" : "2023-08-03T17:09:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "14",
      "id_str" : "1686659210277814629",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1686659210277814629",
      "created_at" : "Wed Aug 02 08:44:27 +0000 2023",
      "favorited" : false,
      "full_text" : "wind sw 5. the puffins are leaving. the slope gets quieter every morning. i always feel it. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1686659210277814629"
          ],
          "editableUntil" : "2023-08-02T09:44:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "north_light_kit",
            "name" : "north_light_kit"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "0",
      "id_str" : "1685976348226486628",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1685976348226486628",
      "created_at" : "Mon Jul 31 11:31:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@north_light_kit your railing looks beautiful &amp; i'm jealous. mine has already started to rust &amp; i only finished it on tuesday.",
      "lang" : "en",
      "in_reply_to_status_id" : "1685971566719926275",
      "in_reply_to_status_id_str" : "1685971566719926275",
      "in_reply_to_user_id" : "4120977315",
      "in_reply_to_user_id_str" : "4120977315",
      "in_reply_to_screen_name" : "north_light_kit",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1685976348226486628"
          ],
          "editableUntil" : "2023-07-31T12:31:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "5",
      "id_str" : "1685422553297846627",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1685422553297846627",
      "created_at" : "Sat Jul 29 22:50:25 +0000 2023",
      "favorited" : false,
      "full_text" : "a sea mist tonight, thin &amp; silver, with the beam cutting through it like a knife. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1685422553297846627"
          ],
          "editableUntil" : "2023-07-29T23:50:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "11",
      "id_str" : "1684550708491190626",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1684550708491190626",
      "created_at" : "Thu Jul 27 13:06:01 +0000 2023",
      "favorited" : false,
      "full_text" : "found a glass float on the shore, old &amp; green, from a fishing net decades ago. it's on the kitchen windowsill now with the shells.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1684550708491190626"
          ],
          "editableUntil" : "2023-07-27T14:06:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "puffinwatch"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "12",
      "id_str" : "1683863660524470625",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1683863660524470625",
      "created_at" : "Tue Jul 25 15:35:56 +0000 2023",
      "favorited" : false,
      "full_text" : "the pufflings are starting to peek out. tiny, fluffy &amp; completely unimpressed by anything. #puffinwatch",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1683863660524470625"
          ],
          "editableUntil" : "2023-07-25T16:35:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/8786240000",
            "expanded_url" : "https://example.org/skerrow/summer-2023",
            "display_url" : "example.org/skerrow/summer"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "1",
      "id_str" : "1683101668733878624",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1683101668733878624",
      "created_at" : "Sun Jul 23 13:08:03 +0000 2023",
      "favorited" : false,
      "full_text" : "the photos from the summer count are up at https://t.co/8786240000 if you'd like to see the puffins without the smell.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1683101668733878624"
          ],
          "editableUntil" : "2023-07-23T14:08:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "2",
      "id_str" : "1682205324997558623",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1682205324997558623",
      "created_at" : "Fri Jul 21 01:46:18 +0000 2023",
      "favorited" : false,
      "full_text" : "warm night, window open. the beam sweeping over a raft of sleeping shearwaters. they don't even notice. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1682205324997558623"
          ],
          "editableUntil" : "2023-07-21T02:46:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "8",
      "id_str" : "1681316245795766622",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1681316245795766622",
      "created_at" : "Tue Jul 18 14:53:25 +0000 2023",
      "favorited" : false,
      "full_text" : "painting the railing again. i always say the salt wins. it does win. but i make it work for it.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1681316245795766622"
          ],
          "editableUntil" : "2023-07-18T15:53:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "11",
      "id_str" : "1680325387613110620",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1680325387613110620",
      "created_at" : "Sat Jul 15 21:16:06 +0000 2023",
      "favorited" : false,
      "full_text" : "the brave lass out late &amp; the morning star behind her. two little lights on a dark sea. lamp lit. 🕯️ ⚓",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1680325387613110620"
          ],
          "editableUntil" : "2023-07-15T22:16:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "22",
      "id_str" : "1679071731119030619",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1679071731119030619",
      "created_at" : "Wed Jul 12 10:14:31 +0000 2023",
      "favorited" : false,
      "full_text" : "in the log: \"fog 06:00 to 14:20, horn in use. visibility &lt; 100 m. one yacht lost &amp; guided in by radio. all well.\" they sent a thank you card.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1679071731119030619"
          ],
          "editableUntil" : "2023-07-12T11:14:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "9",
      "id_str" : "1678312616620982618",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1678312616620982618",
      "created_at" : "Mon Jul 10 07:58:04 +0000 2023",
      "favorited" : false,
      "full_text" : "fog. bertha on at six. the puffins carry on &amp; i drink my tea with my fingers in my ears. 🌫️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1678312616620982618"
          ],
          "editableUntil" : "2023-07-10T08:58:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "20",
      "id_str" : "1678053991642038617",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1678053991642038617",
      "created_at" : "Sun Jul 09 14:50:23 +0000 2023",
      "favorited" : false,
      "full_text" : "jen went home today. she cried on the boat, tam says. she says it was the wind. biscuit is on her chair again. &lt;3",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1678053991642038617"
          ],
          "editableUntil" : "2023-07-09T15:50:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "url" : "https://t.co/m06294616",
            "expanded_url" : "https://twitter.com/me/status/1676986075706294616/photo/1",
            "media_url_https" : "https://pbs.twimg.com/media/x.jpg",
            "type" : "photo"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "23",
      "id_str" : "1676986075706294616",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1676986075706294616",
      "created_at" : "Thu Jul 06 16:06:52 +0000 2023",
      "favorited" : false,
      "full_text" : "basking shark in the sound again, jen on the landing, not screaming this time. progress. 🦈 https://t.co/m06294616",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1676986075706294616"
          ],
          "editableUntil" : "2023-07-06T17:06:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "boatday"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "8",
      "id_str" : "1676846787064758615",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1676846787064758615",
      "created_at" : "Thu Jul 06 06:53:23 +0000 2023",
      "favorited" : false,
      "full_text" : "wind w 4. jen arrived on the morning boat in proper boots. we are all very proud of her. ☕ #boatday",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1676846787064758615"
          ],
          "editableUntil" : "2023-07-06T07:53:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "20",
      "id_str" : "1676700670096310614",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1676700670096310614",
      "created_at" : "Wed Jul 05 21:12:46 +0000 2023",
      "favorited" : false,
      "full_text" : "jen, me &amp; a bottle of wine on the bench watching the puffins come home. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1676700670096310614"
          ],
          "editableUntil" : "2023-07-05T22:12:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "20",
      "id_str" : "1675822496084918613",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1675822496084918613",
      "created_at" : "Mon Jul 03 11:03:13 +0000 2023",
      "favorited" : false,
      "full_text" : "jen met morag. they get on. too well. they've been plotting against me by the compost heap.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1675822496084918613"
          ],
          "editableUntil" : "2023-07-03T12:03:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "boatday"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "5",
      "id_str" : "1674407937700790612",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1674407937700790612",
      "created_at" : "Thu Jun 29 13:22:16 +0000 2023",
      "favorited" : false,
      "full_text" : "tam brought strawberries from the mainland. the first ones. we ate them on the landing before they even got to the kitchen. #boatday",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1674407937700790612"
          ],
          "editableUntil" : "2023-06-29T14:22:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "jen_in_town",
            "name" : "jen_in_town"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "12",
      "id_str" : "1674369022948278611",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1674369022948278611",
      "created_at" : "Thu Jun 29 10:47:38 +0000 2023",
      "favorited" : false,
      "full_text" : "@jen_in_town the spare room is made up &amp; the kettle's on. bring boots. i mean it this time, jen.",
      "lang" : "en",
      "in_reply_to_status_id" : "1674356691694518275",
      "in_reply_to_status_id_str" : "1674356691694518275",
      "in_reply_to_user_id" : "1984402231",
      "in_reply_to_user_id_str" : "1984402231",
      "in_reply_to_screen_name" : "jen_in_town",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1674369022948278611"
          ],
          "editableUntil" : "2023-06-29T11:47:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "14",
      "id_str" : "1673012773778358610",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1673012773778358610",
      "created_at" : "Sun Jun 25 16:58:23 +0000 2023",
      "favorited" : false,
      "full_text" : "the ferry brought a school trip over to see the puffins. thirty children &amp; not one of them was quiet. the puffins didn't mind. i didn't either.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1673012773778358610"
          ],
          "editableUntil" : "2023-06-25T17:58:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "5",
      "id_str" : "1671868211131318609",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1671868211131318609",
      "created_at" : "Thu Jun 22 13:10:18 +0000 2023",
      "favorited" : false,
      "full_text" : "two minke whales in the sound this afternoon. i had my tea in my hand again &amp; i held on this time. 🌊",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1671868211131318609"
          ],
          "editableUntil" : "2023-06-22T14:10:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "north_light_kit",
            "name" : "north_light_kit"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "5",
      "id_str" : "1671471320921014608",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1671471320921014608",
      "created_at" : "Wed Jun 21 10:53:12 +0000 2023",
      "favorited" : false,
      "full_text" : "@north_light_kit four hours forty-eight here. you beat me by six minutes, being further north. i call that cheating.",
      "lang" : "en",
      "in_reply_to_status_id" : "1671460499616694275",
      "in_reply_to_status_id_str" : "1671460499616694275",
      "in_reply_to_user_id" : "4120977315",
      "in_reply_to_user_id_str" : "4120977315",
      "in_reply_to_screen_name" : "north_light_kit",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1671471320921014608"
          ],
          "editableUntil" : "2023-06-21T11:53:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "13",
      "id_str" : "1671433849009078607",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1671433849009078607",
      "created_at" : "Wed Jun 21 08:24:18 +0000 2023",
      "favorited" : false,
      "full_text" : "midsummer again. up at four. the sun up before me, the puffins up before the sun. kettle's on. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1671433849009078607"
          ],
          "editableUntil" : "2023-06-21T09:24:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "20",
      "id_str" : "1671276554220470606",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1671276554220470606",
      "created_at" : "Tue Jun 20 21:59:16 +0000 2023",
      "favorited" : false,
      "full_text" : "longest day. the lamp on for four hours &amp; forty-eight minutes. two minutes less than last year. the old girl is getting the summer off. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1671276554220470606"
          ],
          "editableUntil" : "2023-06-20T22:59:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "0",
      "id_str" : "1670711757632438605",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1670711757632438605",
      "created_at" : "Mon Jun 19 08:34:58 +0000 2023",
      "favorited" : false,
      "full_text" : "a morning so still that the smoke from the chimney goes straight up like a pencil line. kettle's on. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1670711757632438605"
          ],
          "editableUntil" : "2023-06-19T09:34:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "8",
      "id_str" : "1670219296011190604",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1670219296011190604",
      "created_at" : "Sat Jun 17 23:58:06 +0000 2023",
      "favorited" : false,
      "full_text" : "wind s 2. sea like a mirror. the mainland hills pink in the late light. a still night. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1670219296011190604"
          ],
          "editableUntil" : "2023-06-18T00:58:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "jen_in_town",
            "name" : "jen_in_town"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "0",
      "id_str" : "1670062202549174603",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "1670062202549174603",
      "created_at" : "Sat Jun 17 13:33:52 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @jen_in_town: off to the island next month. i have bought boots. i'm told this is important.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1670062202549174603"
          ],
          "editableUntil" : "2023-06-17T14:33:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "20",
      "id_str" : "1668994727015350602",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1668994727015350602",
      "created_at" : "Wed Jun 14 14:52:06 +0000 2023",
      "favorited" : false,
      "full_text" : "the island from the ferry: a tall white tower, a green hump, a lot of birds &amp; one sheep. that's home. 🌊",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1668994727015350602"
          ],
          "editableUntil" : "2023-06-14T15:52:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "13",
      "id_str" : "1668671203570614601",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1668671203570614601",
      "created_at" : "Tue Jun 13 17:26:32 +0000 2023",
      "favorited" : false,
      "full_text" : "the captain's chicks have hatched. two of them, grey &amp; fluffy &amp; loud. he's standing guard on the roof with one leg &amp; both eyes.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1668671203570614601"
          ],
          "editableUntil" : "2023-06-13T18:26:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "279"
      ],
      "favorite_count" : "20",
      "id_str" : "1667508513141686600",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1667508513141686600",
      "created_at" : "Sat Jun 10 12:26:25 +0000 2023",
      "favorited" : false,
      "full_text" : "people keep asking what i actually do all day, so here's a june day on skerrow: up at four with the sun, kettle on, the log from the night. count the puffins while the tea cools. lens, brass &amp; windows before nine. weed the potatoes &amp; chase morag out of them. lunch on th…",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1667508513141686600"
          ],
          "editableUntil" : "2023-06-10T13:26:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "url" : "https://t.co/m62518599",
            "expanded_url" : "https://twitter.com/me/status/1666773390062518599/photo/1",
            "media_url_https" : "https://pbs.twimg.com/media/x.jpg",
            "type" : "photo"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "33",
      "id_str" : "1666773390062518599",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1666773390062518599",
      "created_at" : "Thu Jun 08 11:45:18 +0000 2023",
      "favorited" : false,
      "full_text" : "the north slope at ten in the evening. gold light &amp; puffins everywhere. same view as last year. i'll never tire of it. https://t.co/m62518599",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1666773390062518599"
          ],
          "editableUntil" : "2023-06-08T12:45:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "14",
      "id_str" : "1666071737529270598",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1666071737529270598",
      "created_at" : "Tue Jun 06 13:17:11 +0000 2023",
      "favorited" : false,
      "full_text" : "haar rolled in at noon. bertha going since one. biscuit is in the coal shed again &amp; morag is standing in the fog looking very pleased. 🌫️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1666071737529270598"
          ],
          "editableUntil" : "2023-06-06T14:17:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "puffinwatch"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "18",
      "id_str" : "1664966479705014597",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1664966479705014597",
      "created_at" : "Sat Jun 03 12:05:17 +0000 2023",
      "favorited" : false,
      "full_text" : "beaks full of sand eels coming in off the sea all day. the pufflings are hatched. 🐦 #puffinwatch",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1664966479705014597"
          ],
          "editableUntil" : "2023-06-03T13:05:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "13",
      "id_str" : "1663677641388982596",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1663677641388982596",
      "created_at" : "Tue May 30 22:43:54 +0000 2023",
      "favorited" : false,
      "full_text" : "the sea so calm tonight you can see the reflection of the beam going round on the water. two lamps for the price of one. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1663677641388982596"
          ],
          "editableUntil" : "2023-05-30T23:43:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/8785950000",
            "expanded_url" : "https://twitter.com/jen_in_town/status/1663148106314678277",
            "display_url" : "twitter.com/jen_in_town/st"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "1",
      "id_str" : "1663193404797878595",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1663193404797878595",
      "created_at" : "Mon May 29 14:39:43 +0000 2023",
      "favorited" : false,
      "full_text" : "jen, i ate the vegetable. it was a potato. it counts. https://t.co/8785950000",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1663193404797878595"
          ],
          "editableUntil" : "2023-05-29T15:39:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "14",
      "id_str" : "1662206833193910594",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1662206833193910594",
      "created_at" : "Fri May 26 21:19:26 +0000 2023",
      "favorited" : false,
      "full_text" : "the harbour café's first ice cream of the year went across on the ferry. i could see people eating it on deck. i was not jealous. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1662206833193910594"
          ],
          "editableUntil" : "2023-05-26T22:19:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "10",
      "id_str" : "1661785314030518593",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1661785314030518593",
      "created_at" : "Thu May 25 17:24:28 +0000 2023",
      "favorited" : false,
      "full_text" : "the captain &amp; his girlfriend have a nest on the store room roof. i will be using the other door until august.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1661785314030518593"
          ],
          "editableUntil" : "2023-05-25T18:24:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "9",
      "id_str" : "1660609810002870592",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1660609810002870592",
      "created_at" : "Mon May 22 11:33:26 +0000 2023",
      "favorited" : false,
      "full_text" : "in the log: \"visibility excellent. one tall ship, the marigold, passing north under full sail.\" i stood on the gallery with my mouth open. ⚓",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1660609810002870592"
          ],
          "editableUntil" : "2023-05-22T12:33:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "harbour_scones",
            "name" : "harbour_scones"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "3",
      "id_str" : "1660335712236470591",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1660335712236470591",
      "created_at" : "Sun May 21 17:24:16 +0000 2023",
      "favorited" : false,
      "full_text" : "@harbour_scones \"trust the soil\" is now the island motto. i'm painting it on the shed door.",
      "lang" : "en",
      "in_reply_to_status_id" : "1660322877666230275",
      "in_reply_to_status_id_str" : "1660322877666230275",
      "in_reply_to_user_id" : "3302519876",
      "in_reply_to_user_id_str" : "3302519876",
      "in_reply_to_screen_name" : "harbour_scones",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1660335712236470591"
          ],
          "editableUntil" : "2023-05-21T18:24:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "4",
      "id_str" : "1659879753642934590",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1659879753642934590",
      "created_at" : "Sat May 20 11:12:27 +0000 2023",
      "favorited" : false,
      "full_text" : "fixed the store room roof again. the tin sheet did last a year. optimism works, for about a year.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1659879753642934590"
          ],
          "editableUntil" : "2023-05-20T12:12:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "14",
      "id_str" : "1658828858192822589",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1658828858192822589",
      "created_at" : "Wed May 17 13:36:34 +0000 2023",
      "favorited" : false,
      "full_text" : "i've put the star map from jen on the lamp room wall. now i can look at the stars &amp; the map at the same time. learning slowly.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1658828858192822589"
          ],
          "editableUntil" : "2023-05-17T14:36:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "6",
      "id_str" : "1658221229372342588",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1658221229372342588",
      "created_at" : "Mon May 15 21:22:04 +0000 2023",
      "favorited" : false,
      "full_text" : "wind sw 5. warm. sat out with biscuit until the midges found us. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1658221229372342588"
          ],
          "editableUntil" : "2023-05-15T22:22:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "22",
      "id_str" : "1656925382374326587",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1656925382374326587",
      "created_at" : "Fri May 12 07:32:50 +0000 2023",
      "favorited" : false,
      "full_text" : "up with the sun at half four. tea on the bench. a seal in the sound, just its head, watching me drink it. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1656925382374326587"
          ],
          "editableUntil" : "2023-05-12T08:32:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "boatday"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "19",
      "id_str" : "1656658016465846586",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1656658016465846586",
      "created_at" : "Thu May 11 13:50:25 +0000 2023",
      "favorited" : false,
      "full_text" : "tam brought over a box from jen. another puffin jumper, a jar of honey &amp; a note that said \"eat a vegetable.\" #boatday",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1656658016465846586"
          ],
          "editableUntil" : "2023-05-11T14:50:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "22",
      "id_str" : "1656306428933046585",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1656306428933046585",
      "created_at" : "Wed May 10 14:33:20 +0000 2023",
      "favorited" : false,
      "full_text" : "kittiwake chicks on the ledge below the tower. fluffy grey things with big eyes, already shouting.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1656306428933046585"
          ],
          "editableUntil" : "2023-05-10T15:33:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "14",
      "id_str" : "1655968573551542584",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1655968573551542584",
      "created_at" : "Tue May 09 16:10:49 +0000 2023",
      "favorited" : false,
      "full_text" : "the potatoes are up. dougie's method works. \"trust the soil.\" i'm going to have it stitched on a cushion.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1655968573551542584"
          ],
          "editableUntil" : "2023-05-09T17:10:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "url" : "https://t.co/m35830583",
            "expanded_url" : "https://twitter.com/me/status/1655171328635830583/photo/1",
            "media_url_https" : "https://pbs.twimg.com/media/x.jpg",
            "type" : "photo"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "20",
      "id_str" : "1655171328635830583",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1655171328635830583",
      "created_at" : "Sun May 07 11:22:51 +0000 2023",
      "favorited" : false,
      "full_text" : "guillemots packed onto the ledge like a bus at rush hour. 🐦 https://t.co/m35830583",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1655171328635830583"
          ],
          "editableUntil" : "2023-05-07T12:22:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "13",
      "id_str" : "1654620268393398582",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1654620268393398582",
      "created_at" : "Fri May 05 22:53:08 +0000 2023",
      "favorited" : false,
      "full_text" : "sunset at half nine &amp; the lamp on at ten. we're into the short nights. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1654620268393398582"
          ],
          "editableUntil" : "2023-05-05T23:53:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "puffinwatch"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "11",
      "id_str" : "1653791012549558581",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1653791012549558581",
      "created_at" : "Wed May 03 15:57:58 +0000 2023",
      "favorited" : false,
      "full_text" : "(2/2) she said the quiet was the loudest thing she'd ever heard. then the kittiwakes started &amp; she took it back. 🐦 #puffinwatch",
      "lang" : "en",
      "in_reply_to_status_id" : "1653790509233078580",
      "in_reply_to_status_id_str" : "1653790509233078580",
      "in_reply_to_user_id" : "1609387214",
      "in_reply_to_user_id_str" : "1609387214",
      "in_reply_to_screen_name" : "skerrow_light",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1653791012549558581"
          ],
          "editableUntil" : "2023-05-03T16:57:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "18",
      "id_str" : "1653790509233078580",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1653790509233078580",
      "created_at" : "Wed May 03 15:55:58 +0000 2023",
      "favorited" : false,
      "full_text" : "(1/2) a volunteer from the puffin count stayed two nights to help with the burrows. she'd never been on an island before.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1653790509233078580"
          ],
          "editableUntil" : "2023-05-03T16:55:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "20",
      "id_str" : "1652939531088822579",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1652939531088822579",
      "created_at" : "Mon May 01 07:34:29 +0000 2023",
      "favorited" : false,
      "full_text" : "wind w 3. sea pinks out all along the cliffs again. the island has put on its best dress. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1652939531088822579"
          ],
          "editableUntil" : "2023-05-01T08:34:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "puffin_count",
            "name" : "puffin_count"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "0",
      "id_str" : "1652253951128502578",
      "truncated" : false,
      "retweet_count" : "18",
      "id" : "1652253951128502578",
      "created_at" : "Sat Apr 29 10:10:14 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @puffin_count: the season's first puffins are back on skerrow. the keeper's teatime count starts now.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1652253951128502578"
          ],
          "editableUntil" : "2023-04-29T11:10:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "puffin_count",
            "name" : "puffin_count"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "4",
      "id_str" : "1651608296747958577",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1651608296747958577",
      "created_at" : "Thu Apr 27 15:24:38 +0000 2023",
      "favorited" : false,
      "full_text" : "@puffin_count 58 on the 5th, 96 on the 14th. i think it's going to be a big year. i'll post the teatime numbers as usual.",
      "lang" : "en",
      "in_reply_to_status_id" : "1651604018557878275",
      "in_reply_to_status_id_str" : "1651604018557878275",
      "in_reply_to_user_id" : "2256108843",
      "in_reply_to_user_id_str" : "2256108843",
      "in_reply_to_screen_name" : "puffin_count",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1651608296747958577"
          ],
          "editableUntil" : "2023-04-27T16:24:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "7",
      "id_str" : "1651063880283062576",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1651063880283062576",
      "created_at" : "Wed Apr 26 03:21:19 +0000 2023",
      "favorited" : false,
      "full_text" : "wind n 2. a clear cold night. the whole sky full of stars &amp; the lamp sweeping under them. i could stay out here all night. i do, really. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1651063880283062576"
          ],
          "editableUntil" : "2023-04-26T04:21:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "0",
      "id_str" : "1650107914515382575",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1650107914515382575",
      "created_at" : "Sun Apr 23 12:02:39 +0000 2023",
      "favorited" : false,
      "full_text" : "razorbills back on the ledges, very smart in black &amp; white. the kittiwakes already shouting about it.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1650107914515382575"
          ],
          "editableUntil" : "2023-04-23T13:02:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "9",
      "id_str" : "1650106681390006574",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1650106681390006574",
      "created_at" : "Sun Apr 23 11:57:45 +0000 2023",
      "favorited" : false,
      "full_text" : "morag ate the daffodils. every single one. she doesn't even look sorry.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1650106681390006574"
          ],
          "editableUntil" : "2023-04-23T12:57:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "6",
      "id_str" : "1649172928656310573",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1649172928656310573",
      "created_at" : "Thu Apr 20 22:07:21 +0000 2023",
      "favorited" : false,
      "full_text" : "the ferry is on summer hours again. twice a day across the sound. i waved the tea towel. somebody waved a hat. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1649172928656310573"
          ],
          "editableUntil" : "2023-04-20T23:07:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "boatday"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "11",
      "id_str" : "1648997174735798572",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1648997174735798572",
      "created_at" : "Thu Apr 20 10:28:58 +0000 2023",
      "favorited" : false,
      "full_text" : "tam brought three birdwatchers &amp; a man from the lighthouse board with a clipboard. the clipboard was impressed. i think. #boatday",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1648997174735798572"
          ],
          "editableUntil" : "2023-04-20T11:28:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "12",
      "id_str" : "1648294247134134571",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1648294247134134571",
      "created_at" : "Tue Apr 18 11:55:47 +0000 2023",
      "favorited" : false,
      "full_text" : "the man with the clipboard asked how often i clean the lens. i said every day. he wrote it down &amp; underlined it.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1648294247134134571"
          ],
          "editableUntil" : "2023-04-18T12:55:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "5",
      "id_str" : "1647544871809974570",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1647544871809974570",
      "created_at" : "Sun Apr 16 10:18:02 +0000 2023",
      "favorited" : false,
      "full_text" : "a family of wheatears nesting in the old wall. small, busy &amp; very polite. they've never once knocked on the window for toast.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1647544871809974570"
          ],
          "editableUntil" : "2023-04-16T11:18:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "14",
      "id_str" : "1646430474597302569",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1646430474597302569",
      "created_at" : "Thu Apr 13 08:29:49 +0000 2023",
      "favorited" : false,
      "full_text" : "fog first thing. bertha on for two hours. the puffins carried on regardless. 🌫️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1646430474597302569"
          ],
          "editableUntil" : "2023-04-13T09:29:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "url" : "https://t.co/m19670568",
            "expanded_url" : "https://twitter.com/me/status/1646094162719670568/photo/1",
            "media_url_https" : "https://pbs.twimg.com/media/x.jpg",
            "type" : "photo"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "20",
      "id_str" : "1646094162719670568",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1646094162719670568",
      "created_at" : "Wed Apr 12 10:13:26 +0000 2023",
      "favorited" : false,
      "full_text" : "biscuit &amp; a puffin having a staring contest. the puffin won. 🐈🐦 https://t.co/m19670568",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1646094162719670568"
          ],
          "editableUntil" : "2023-04-12T11:13:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "8",
      "id_str" : "1645387745457078567",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1645387745457078567",
      "created_at" : "Mon Apr 10 11:26:23 +0000 2023",
      "favorited" : false,
      "full_text" : "spring cleaning in the lamp room again. found last year's pencil where i left it. it still writes.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1645387745457078567"
          ],
          "editableUntil" : "2023-04-10T12:26:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "gull_watcher",
            "name" : "gull_watcher"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "5",
      "id_str" : "1644683500843958566",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1644683500843958566",
      "created_at" : "Sat Apr 08 12:47:58 +0000 2023",
      "favorited" : false,
      "full_text" : "@gull_watcher a wheatear by the old wall this morning. the first one. spring is official.",
      "lang" : "en",
      "in_reply_to_status_id" : "1644674944463798275",
      "in_reply_to_status_id_str" : "1644674944463798275",
      "in_reply_to_user_id" : "2871663042",
      "in_reply_to_user_id_str" : "2871663042",
      "in_reply_to_screen_name" : "gull_watcher",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1644683500843958566"
          ],
          "editableUntil" : "2023-04-08T13:47:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "4",
      "id_str" : "1644064807449526565",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1644064807449526565",
      "created_at" : "Thu Apr 06 19:49:30 +0000 2023",
      "favorited" : false,
      "full_text" : "wind sw 4. a gold evening, the sea all glitter. lamp lit at half eight. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1644064807449526565"
          ],
          "editableUntil" : "2023-04-06T20:49:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "13",
      "id_str" : "1643531782714294564",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1643531782714294564",
      "created_at" : "Wed Apr 05 08:31:27 +0000 2023",
      "favorited" : false,
      "full_text" : "wind s 4. a warm wind at last. the whole island smells of the sea &amp; the first flowers. kettle's on. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1643531782714294564"
          ],
          "editableUntil" : "2023-04-05T09:31:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "puffinwatch"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "10",
      "id_str" : "1643174595785654563",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1643174595785654563",
      "created_at" : "Tue Apr 04 08:52:07 +0000 2023",
      "favorited" : false,
      "full_text" : "they're back. the first puffins on the north slope, six this morning, standing about like they've never been away. 🐦 #puffinwatch",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1643174595785654563"
          ],
          "editableUntil" : "2023-04-04T09:52:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "puffinwatch"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "3",
      "id_str" : "1642510142534582562",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1642510142534582562",
      "created_at" : "Sun Apr 02 12:51:49 +0000 2023",
      "favorited" : false,
      "full_text" : "58 puffins on the slope at teatime. the count has started. morag stood next to me &amp; watched them too. she seems to approve. #puffinwatch",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1642510142534582562"
          ],
          "editableUntil" : "2023-04-02T13:51:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "8",
      "id_str" : "1641516482556854561",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1641516482556854561",
      "created_at" : "Thu Mar 30 19:03:22 +0000 2023",
      "favorited" : false,
      "full_text" : "venus low in the west after sunset, bright as a ship's light. i checked the star book. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1641516482556854561"
          ],
          "editableUntil" : "2023-03-30T20:03:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "14",
      "id_str" : "1640968278635446560",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1640968278635446560",
      "created_at" : "Wed Mar 29 06:45:00 +0000 2023",
      "favorited" : false,
      "full_text" : "wind s 3. soft morning. the island smells of salt &amp; grass &amp; the first bit of warmth. kettle's on. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1640968278635446560"
          ],
          "editableUntil" : "2023-03-29T07:45:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "tam_the_boat",
            "name" : "tam_the_boat"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "6",
      "id_str" : "1640387539497910559",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1640387539497910559",
      "created_at" : "Mon Mar 27 16:17:21 +0000 2023",
      "favorited" : false,
      "full_text" : "@tam_the_boat the potatoes are in. dougie's instructions were very detailed. one of them just said \"trust the soil.\"",
      "lang" : "en",
      "in_reply_to_status_id" : "1640373446636470275",
      "in_reply_to_status_id_str" : "1640373446636470275",
      "in_reply_to_user_id" : "3718845190",
      "in_reply_to_user_id_str" : "3718845190",
      "in_reply_to_screen_name" : "tam_the_boat",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1640387539497910559"
          ],
          "editableUntil" : "2023-03-27T17:17:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "6",
      "id_str" : "1639615288439734558",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1639615288439734558",
      "created_at" : "Sat Mar 25 13:08:42 +0000 2023",
      "favorited" : false,
      "full_text" : "spring tide today. the sea went so far out you could almost walk to the west skerry. almost. don't.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1639615288439734558"
          ],
          "editableUntil" : "2023-03-25T14:08:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "boatday"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "6",
      "id_str" : "1638880316355510557",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1638880316355510557",
      "created_at" : "Thu Mar 23 12:28:11 +0000 2023",
      "favorited" : false,
      "full_text" : "tam brought over seed potatoes &amp; instructions from dougie on how to plant them, written on the back of a menu. #boatday",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1638880316355510557"
          ],
          "editableUntil" : "2023-03-23T13:28:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "15",
      "id_str" : "1638563453465526556",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1638563453465526556",
      "created_at" : "Wed Mar 22 15:29:05 +0000 2023",
      "favorited" : false,
      "full_text" : "painted the kitchen. it was yellow, now it's also yellow, but a cleaner yellow. a big day.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1638563453465526556"
          ],
          "editableUntil" : "2023-03-22T16:29:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "18",
      "id_str" : "1637526214669238555",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1637526214669238555",
      "created_at" : "Sun Mar 19 18:47:28 +0000 2023",
      "favorited" : false,
      "full_text" : "lighter every evening. lamp lit at 18:52. biscuit is already asking to sit outside. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1637526214669238555"
          ],
          "editableUntil" : "2023-03-19T19:47:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "11",
      "id_str" : "1636715694781366554",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1636715694781366554",
      "created_at" : "Fri Mar 17 13:06:45 +0000 2023",
      "favorited" : false,
      "full_text" : "there is a skylark over the north slope singing its heart out at seven in the morning. no idea what it's doing here. glad it is.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1636715694781366554"
          ],
          "editableUntil" : "2023-03-17T14:06:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "12",
      "id_str" : "1636312353731510553",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1636312353731510553",
      "created_at" : "Thu Mar 16 10:24:01 +0000 2023",
      "favorited" : false,
      "full_text" : "a whole day of rain. i cleaned the lens twice, read a book &amp; had a long talk with morag about the daffodils. she wasn't listening.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1636312353731510553"
          ],
          "editableUntil" : "2023-03-16T11:24:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "9",
      "id_str" : "1635201819472822552",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1635201819472822552",
      "created_at" : "Mon Mar 13 08:51:09 +0000 2023",
      "favorited" : false,
      "full_text" : "the brave lass's skipper came over in the dinghy to say thanks for the light. as if i'd done anything. i made him tea. ☕ ⚓",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1635201819472822552"
          ],
          "editableUntil" : "2023-03-13T09:51:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "2",
      "id_str" : "1634644597797814551",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1634644597797814551",
      "created_at" : "Sat Mar 11 19:56:57 +0000 2023",
      "favorited" : false,
      "full_text" : "the mainland lights coming on one by one across the sound at dusk. then mine, the biggest of all. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1634644597797814551"
          ],
          "editableUntil" : "2023-03-11T20:56:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "12",
      "id_str" : "1634549475177398550",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1634549475177398550",
      "created_at" : "Sat Mar 11 13:38:58 +0000 2023",
      "favorited" : false,
      "full_text" : "in the log: \"wind sw 9 -&gt; nw 6. sea high. the brave lass &amp; one other vessel sheltering in the lee. all well.\" two sets of lights out there, safe.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1634549475177398550"
          ],
          "editableUntil" : "2023-03-11T14:38:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "url" : "https://t.co/m11862549",
            "expanded_url" : "https://twitter.com/me/status/1633782089511862549/photo/1",
            "media_url_https" : "https://pbs.twimg.com/media/x.jpg",
            "type" : "photo"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "31",
      "id_str" : "1633782089511862549",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1633782089511862549",
      "created_at" : "Thu Mar 09 10:49:39 +0000 2023",
      "favorited" : false,
      "full_text" : "the daffodils made it through the storm. a bit flat, but alive. 🌼 https://t.co/m11862549",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1633782089511862549"
          ],
          "editableUntil" : "2023-03-09T11:49:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "10",
      "id_str" : "1632826698363830548",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1632826698363830548",
      "created_at" : "Mon Mar 06 19:33:16 +0000 2023",
      "favorited" : false,
      "full_text" : "wind sw 9, severe gale. the sea white from here to the mainland. everyone stay home tonight. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1632826698363830548"
          ],
          "editableUntil" : "2023-03-06T20:33:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "11",
      "id_str" : "1632406663984054547",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1632406663984054547",
      "created_at" : "Sun Mar 05 15:44:12 +0000 2023",
      "favorited" : false,
      "full_text" : "equinox gales again. the washing is in, the shed door is tied on with rope &amp; morag has been brought inside. biscuit is not speaking to any of us.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1632406663984054547"
          ],
          "editableUntil" : "2023-03-05T16:44:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "sea_glass_sue",
            "name" : "sea_glass_sue"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "4",
      "id_str" : "1631256082510774546",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1631256082510774546",
      "created_at" : "Thu Mar 02 11:32:12 +0000 2023",
      "favorited" : false,
      "full_text" : "@sea_glass_sue a blue one on the west beach after the gale. i'll keep it for you if you come over in summer.",
      "lang" : "en",
      "in_reply_to_status_id" : "1631247274472374275",
      "in_reply_to_status_id_str" : "1631247274472374275",
      "in_reply_to_user_id" : "6043318820",
      "in_reply_to_user_id_str" : "6043318820",
      "in_reply_to_screen_name" : "sea_glass_sue",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1631256082510774546"
          ],
          "editableUntil" : "2023-03-02T12:32:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "10",
      "id_str" : "1630814950781878545",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1630814950781878545",
      "created_at" : "Wed Mar 01 06:19:18 +0000 2023",
      "favorited" : false,
      "full_text" : "wind e 4. gannets back, diving in the sound. spring is coming, no matter what the wind says. 🐦",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1630814950781878545"
          ],
          "editableUntil" : "2023-03-01T07:19:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "harbour_scones",
            "name" : "harbour_scones"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "3",
      "id_str" : "1630549229040566544",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1630549229040566544",
      "created_at" : "Tue Feb 28 12:43:25 +0000 2023",
      "favorited" : false,
      "full_text" : "@harbour_scones the puffin on the sign is perfect &amp; you know it. don't change a thing.",
      "lang" : "en",
      "in_reply_to_status_id" : "1630537401103286275",
      "in_reply_to_status_id_str" : "1630537401103286275",
      "in_reply_to_user_id" : "3302519876",
      "in_reply_to_user_id_str" : "3302519876",
      "in_reply_to_screen_name" : "harbour_scones",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1630549229040566544"
          ],
          "editableUntil" : "2023-02-28T13:43:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "1",
      "id_str" : "1629641480991670543",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1629641480991670543",
      "created_at" : "Sun Feb 26 00:36:21 +0000 2023",
      "favorited" : false,
      "full_text" : "wind s 6. rain on the lamp room windows, the beam turning through it. there's something very calm about a night like this. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1629641480991670543"
          ],
          "editableUntil" : "2023-02-26T01:36:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "boatday"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "4",
      "id_str" : "1628800913109942542",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1628800913109942542",
      "created_at" : "Thu Feb 23 16:56:14 +0000 2023",
      "favorited" : false,
      "full_text" : "the harbour café has a new sign. tam showed me a photo. it says \"dougie's\" in big blue letters &amp; a puffin that looks a bit drunk. #boatday",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1628800913109942542"
          ],
          "editableUntil" : "2023-02-23T17:56:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "4",
      "id_str" : "1628705282978742541",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1628705282978742541",
      "created_at" : "Thu Feb 23 10:36:14 +0000 2023",
      "favorited" : false,
      "full_text" : "cleaned the lens in the cold. you have to warm the cloth on the stove first, or it leaves streaks. lighthouse tip of the day.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1628705282978742541"
          ],
          "editableUntil" : "2023-02-23T11:36:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "15",
      "id_str" : "1628071720776630540",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1628071720776630540",
      "created_at" : "Tue Feb 21 16:38:41 +0000 2023",
      "favorited" : false,
      "full_text" : "the lighthouse board wrote to say thank you for the night of the generator. the letter is on the fridge. biscuit has read it.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1628071720776630540"
          ],
          "editableUntil" : "2023-02-21T17:38:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "22",
      "id_str" : "1627718270972854539",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1627718270972854539",
      "created_at" : "Mon Feb 20 17:14:12 +0000 2023",
      "favorited" : false,
      "full_text" : "the glass steady. stars out. found the plough &amp; the pole star all by myself tonight. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1627718270972854539"
          ],
          "editableUntil" : "2023-02-20T18:14:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "rainy_robbie",
            "name" : "rainy_robbie"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "18",
      "id_str" : "1626525217977270538",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1626525217977270538",
      "created_at" : "Fri Feb 17 10:13:26 +0000 2023",
      "favorited" : false,
      "full_text" : "@rainy_robbie 958 at 2am. the lowest i've seen since i came to the island. the barometer tapped &amp; tapped &amp; didn't move.",
      "lang" : "en",
      "in_reply_to_status_id" : "1626511376774070275",
      "in_reply_to_status_id_str" : "1626511376774070275",
      "in_reply_to_user_id" : "5519023678",
      "in_reply_to_user_id_str" : "5519023678",
      "in_reply_to_screen_name" : "rainy_robbie",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1626525217977270538"
          ],
          "editableUntil" : "2023-02-17T11:13:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "islandlife"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "1",
      "id_str" : "1625828602803126537",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1625828602803126537",
      "created_at" : "Wed Feb 15 12:05:20 +0000 2023",
      "favorited" : false,
      "full_text" : "morag has learned to climb the steps to the tower door. she has not learned to go down them. i've been carrying a sheep. #islandlife",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1625828602803126537"
          ],
          "editableUntil" : "2023-02-15T13:05:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "19",
      "id_str" : "1625760382448566536",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1625760382448566536",
      "created_at" : "Wed Feb 15 07:34:15 +0000 2023",
      "favorited" : false,
      "full_text" : "wind se 3. the first morning this year i didn't need the torch for the walk to the store. spring is getting ready. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1625760382448566536"
          ],
          "editableUntil" : "2023-02-15T08:34:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "21",
      "id_str" : "1624710984364982535",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1624710984364982535",
      "created_at" : "Sun Feb 12 10:04:19 +0000 2023",
      "favorited" : false,
      "full_text" : "jen sent a star map for the kitchen wall &amp; a torch with a red light so i don't ruin my night eyes. i'm becoming a proper astronomer.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1624710984364982535"
          ],
          "editableUntil" : "2023-02-12T11:04:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "18",
      "id_str" : "1623944915710902534",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1623944915710902534",
      "created_at" : "Fri Feb 10 07:20:14 +0000 2023",
      "favorited" : false,
      "full_text" : "kettle's on. the first morning that's light at seven. the year is turning. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1623944915710902534"
          ],
          "editableUntil" : "2023-02-10T08:20:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "url" : "https://t.co/m97782533",
            "expanded_url" : "https://twitter.com/me/status/1623633887097782533/photo/1",
            "media_url_https" : "https://pbs.twimg.com/media/x.jpg",
            "type" : "photo"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "32",
      "id_str" : "1623633887097782533",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1623633887097782533",
      "created_at" : "Thu Feb 09 10:44:19 +0000 2023",
      "favorited" : false,
      "full_text" : "snowdrops under the old wall. tiny little lamps of their own. 🌱 https://t.co/m97782533",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1623633887097782533"
          ],
          "editableUntil" : "2023-02-09T11:44:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "21",
      "id_str" : "1623320102826934532",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1623320102826934532",
      "created_at" : "Wed Feb 08 13:57:27 +0000 2023",
      "favorited" : false,
      "full_text" : "fulmars back on the cliffs, right on time, the first week of february. cackling. they remember me, i think. or they're laughing at me.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1623320102826934532"
          ],
          "editableUntil" : "2023-02-08T14:57:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "15",
      "id_str" : "1622681952056246531",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1622681952056246531",
      "created_at" : "Mon Feb 06 19:41:40 +0000 2023",
      "favorited" : false,
      "full_text" : "wind w 5, easing. a quiet night after all that. i'm going to sit down &amp; not get up. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1622681952056246531"
          ],
          "editableUntil" : "2023-02-06T20:41:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "12",
      "id_str" : "1621875228013494530",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1621875228013494530",
      "created_at" : "Sat Feb 04 14:16:02 +0000 2023",
      "favorited" : false,
      "full_text" : "tam says i'm a hero. i am not a hero. i am a woman who has drunk eleven cups of tea since midnight. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1621875228013494530"
          ],
          "editableUntil" : "2023-02-04T15:16:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "tam_the_boat",
            "name" : "tam_the_boat"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "0",
      "id_str" : "1621086052938678529",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1621086052938678529",
      "created_at" : "Thu Feb 02 10:00:08 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @tam_the_boat: engineers safely over to skerrow this morning. the keeper kept the light going all night by hand. legend. we're getting her another kettle.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1621086052938678529"
          ],
          "editableUntil" : "2023-02-02T11:00:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "166"
      ],
      "favorite_count" : "0",
      "id_str" : "1621034634965942528",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1621034634965942528",
      "created_at" : "Thu Feb 02 06:35:49 +0000 2023",
      "favorited" : false,
      "full_text" : "(3/3) the engineers came over with tam this morning. a new part &amp; it's back. the old girl never went dark, not for one second. lamp lit tonight the normal way. 🕯️",
      "lang" : "en",
      "in_reply_to_status_id" : "1621034131649462527",
      "in_reply_to_status_id_str" : "1621034131649462527",
      "in_reply_to_user_id" : "1609387214",
      "in_reply_to_user_id_str" : "1609387214",
      "in_reply_to_screen_name" : "skerrow_light",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1621034634965942528"
          ],
          "editableUntil" : "2023-02-02T07:35:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "165"
      ],
      "favorite_count" : "0",
      "id_str" : "1621034131649462527",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1621034131649462527",
      "created_at" : "Thu Feb 02 06:33:49 +0000 2023",
      "favorited" : false,
      "full_text" : "(2/3) so it was the old way: the emergency lamp, a hand crank on the lens &amp; me on the stairs every half hour from midnight till dawn. my arms will remember this.",
      "lang" : "en",
      "in_reply_to_status_id" : "1621033628332982526",
      "in_reply_to_status_id_str" : "1621033628332982526",
      "in_reply_to_user_id" : "1609387214",
      "in_reply_to_user_id_str" : "1609387214",
      "in_reply_to_screen_name" : "skerrow_light",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1621034131649462527"
          ],
          "editableUntil" : "2023-02-02T07:33:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "14",
      "id_str" : "1621033628332982526",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1621033628332982526",
      "created_at" : "Thu Feb 02 06:31:49 +0000 2023",
      "favorited" : false,
      "full_text" : "(1/3) the generator packed in last night, right when the mains went down in the gale.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1621033628332982526"
          ],
          "editableUntil" : "2023-02-02T07:31:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/9505250000",
            "expanded_url" : "https://twitter.com/north_light_kit/status/1620060201677750277",
            "display_url" : "twitter.com/north_light_ki"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "7",
      "id_str" : "1620105500160950525",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1620105500160950525",
      "created_at" : "Mon Jan 30 17:03:46 +0000 2023",
      "favorited" : false,
      "full_text" : "kit had 12 hours of fog last week. i had 11. she will not let me forget it. https://t.co/9505250000",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1620105500160950525"
          ],
          "editableUntil" : "2023-01-30T18:03:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "14",
      "id_str" : "1619299283628982524",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1619299283628982524",
      "created_at" : "Sat Jan 28 11:40:09 +0000 2023",
      "favorited" : false,
      "full_text" : "read the log from january 1953 tonight. the keeper then wrote \"gale. no boat. eating the last of the jam.\" i know how he felt.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1619299283628982524"
          ],
          "editableUntil" : "2023-01-28T12:40:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "19",
      "id_str" : "1618895397319606523",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1618895397319606523",
      "created_at" : "Fri Jan 27 08:55:15 +0000 2023",
      "favorited" : false,
      "full_text" : "wind w 6. showers coming in off the sea, one after another, like they're queuing. kettle's on. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1618895397319606523"
          ],
          "editableUntil" : "2023-01-27T09:55:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "tam_the_boat",
            "name" : "tam_the_boat"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "9",
      "id_str" : "1617832829121462522",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1617832829121462522",
      "created_at" : "Tue Jan 24 10:32:59 +0000 2023",
      "favorited" : false,
      "full_text" : "@tam_the_boat don't rush it. the sound is no place to be in this. the peaches will keep &amp; so will i.",
      "lang" : "en",
      "in_reply_to_status_id" : "1617820749525942275",
      "in_reply_to_status_id_str" : "1617820749525942275",
      "in_reply_to_user_id" : "3718845190",
      "in_reply_to_user_id_str" : "3718845190",
      "in_reply_to_screen_name" : "tam_the_boat",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1617832829121462522"
          ],
          "editableUntil" : "2023-01-24T11:32:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "gull_watcher",
            "name" : "gull_watcher"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "14",
      "id_str" : "1617571742086070521",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1617571742086070521",
      "created_at" : "Mon Jan 23 17:15:31 +0000 2023",
      "favorited" : false,
      "full_text" : "@gull_watcher a little auk, yes, in the sound after the storm. tiny, black &amp; white, like a puffin that's been shrunk in the wash.",
      "lang" : "en",
      "in_reply_to_status_id" : "1617559662490550275",
      "in_reply_to_status_id_str" : "1617559662490550275",
      "in_reply_to_user_id" : "2871663042",
      "in_reply_to_user_id_str" : "2871663042",
      "in_reply_to_screen_name" : "gull_watcher",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1617571742086070521"
          ],
          "editableUntil" : "2023-01-23T18:15:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "11",
      "id_str" : "1616751822762934520",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1616751822762934520",
      "created_at" : "Sat Jan 21 10:57:27 +0000 2023",
      "favorited" : false,
      "full_text" : "the captain has a girlfriend. she has two legs &amp; she is also demanding toast. i'm outnumbered.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1616751822762934520"
          ],
          "editableUntil" : "2023-01-21T11:57:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "17",
      "id_str" : "1616479998309302519",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1616479998309302519",
      "created_at" : "Fri Jan 20 16:57:19 +0000 2023",
      "favorited" : false,
      "full_text" : "orion right over the tower tonight. three stars in a line, the belt. that's one i know now. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1616479998309302519"
          ],
          "editableUntil" : "2023-01-20T17:57:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "11",
      "id_str" : "1615331522376630518",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1615331522376630518",
      "created_at" : "Tue Jan 17 12:53:41 +0000 2023",
      "favorited" : false,
      "full_text" : "after the storm: the landing steps are covered in weed, the shed door is off again &amp; morag is in the kitchen. i didn't let her in. nobody let her in.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1615331522376630518"
          ],
          "editableUntil" : "2023-01-17T13:53:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "12",
      "id_str" : "1614573594866614517",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1614573594866614517",
      "created_at" : "Sun Jan 15 10:41:57 +0000 2023",
      "favorited" : false,
      "full_text" : "in the log: \"storm force 10. sea phenomenal. visibility poor in spray. lamp &amp; horn in use. no vessels at sea.\" &amp; thank goodness for that.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1614573594866614517"
          ],
          "editableUntil" : "2023-01-15T11:41:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "3",
      "id_str" : "1614293394387894516",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1614293394387894516",
      "created_at" : "Sat Jan 14 16:08:32 +0000 2023",
      "favorited" : false,
      "full_text" : "wind sw 7 -&gt; w 9 overnight. the glass at 958. the lowest i've seen it since i came. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1614293394387894516"
          ],
          "editableUntil" : "2023-01-14T17:08:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "boatday"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "16",
      "id_str" : "1613518492529590515",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1613518492529590515",
      "created_at" : "Thu Jan 12 12:49:21 +0000 2023",
      "favorited" : false,
      "full_text" : "tam couldn't come for two weeks because of the weather. we are down to tinned peaches &amp; oatcakes. i have had worse. #boatday",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1613518492529590515"
          ],
          "editableUntil" : "2023-01-12T13:49:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "20",
      "id_str" : "1613440289731510514",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1613440289731510514",
      "created_at" : "Thu Jan 12 07:38:36 +0000 2023",
      "favorited" : false,
      "full_text" : "tam's boat at last. milk, bread, post, coal, a newspaper three weeks old &amp; a bag of carrots for morag. the island is rich again. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1613440289731510514"
          ],
          "editableUntil" : "2023-01-12T08:38:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "21",
      "id_str" : "1612264529851318513",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1612264529851318513",
      "created_at" : "Mon Jan 09 01:46:33 +0000 2023",
      "favorited" : false,
      "full_text" : "aurora again. bright this time, curtains of it, green &amp; a bit of red. i woke biscuit. he has not forgiven me. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1612264529851318513"
          ],
          "editableUntil" : "2023-01-09T02:46:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "url" : "https://t.co/m91830512",
            "expanded_url" : "https://twitter.com/me/status/1611386464891830512/photo/1",
            "media_url_https" : "https://pbs.twimg.com/media/x.jpg",
            "type" : "photo"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "24",
      "id_str" : "1611386464891830512",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1611386464891830512",
      "created_at" : "Fri Jan 06 15:37:26 +0000 2023",
      "favorited" : false,
      "full_text" : "morag in the snow, looking like a cloud that fell down. 🐑 https://t.co/m91830512",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611386464891830512"
          ],
          "editableUntil" : "2023-01-06T16:37:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "14",
      "id_str" : "1611030813078454511",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611030813078454511",
      "created_at" : "Thu Jan 05 16:04:12 +0000 2023",
      "favorited" : false,
      "full_text" : "resolution for this year: learn the names of the stars i look at every night. i have a book. the book has a lot of stars in it.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611030813078454511"
          ],
          "editableUntil" : "2023-01-05T17:04:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "14",
      "id_str" : "1609799738717110510",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1609799738717110510",
      "created_at" : "Mon Jan 02 06:32:21 +0000 2023",
      "favorited" : false,
      "full_text" : "wind nw 8. first gale of the new year &amp; the new logbook. the same four lines on the first page: wind, sea, visibility, lamp. kettle's on. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1609799738717110510"
          ],
          "editableUntil" : "2023-01-02T07:32:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "5",
      "id_str" : "1609590115791798509",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1609590115791798509",
      "created_at" : "Sun Jan 01 16:39:23 +0000 2023",
      "favorited" : false,
      "full_text" : "happy new year from skerrow. fireworks over the mainland, midnight on channel 16 with kit, cake with biscuit, a carrot for morag. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1609590115791798509"
          ],
          "editableUntil" : "2023-01-01T17:39:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "146"
      ],
      "favorite_count" : "8",
      "id_str" : "1609210690663350508",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1609210690663350508",
      "created_at" : "Sat Dec 31 15:31:41 +0000 2022",
      "favorited" : false,
      "full_text" : "new year's eve. i'll see the fireworks on the mainland from the gallery &amp; then go up &amp; check on the old girl. same as always. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1609210690663350508"
          ],
          "editableUntil" : "2022-12-31T16:31:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "north_light_kit",
            "name" : "north_light_kit"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "15",
      "id_str" : "1609135658759094507",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1609135658759094507",
      "created_at" : "Sat Dec 31 10:33:32 +0000 2022",
      "favorited" : false,
      "full_text" : "@north_light_kit happy new year to you &amp; yours, kit. see you on channel 16 at midnight. i'll bring the cake. you bring the bad jokes.",
      "lang" : "en",
      "in_reply_to_status_id" : "1609120810922934275",
      "in_reply_to_status_id_str" : "1609120810922934275",
      "in_reply_to_user_id" : "4120977315",
      "in_reply_to_user_id_str" : "4120977315",
      "in_reply_to_screen_name" : "north_light_kit",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1609135658759094507"
          ],
          "editableUntil" : "2022-12-31T11:33:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "6",
      "id_str" : "1609082743419830506",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1609082743419830506",
      "created_at" : "Sat Dec 31 07:03:16 +0000 2022",
      "favorited" : false,
      "full_text" : "the year's last sunrise, pink &amp; cold over the mainland hills. kettle's on. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1609082743419830506"
          ],
          "editableUntil" : "2022-12-31T08:03:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "7",
      "id_str" : "1608780485096374505",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1608780485096374505",
      "created_at" : "Fri Dec 30 11:02:12 +0000 2022",
      "favorited" : false,
      "full_text" : "the brave lass came in for shelter on the 30th &amp; the crew rowed over a box of fish as a thank you. kippers for a week.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1608780485096374505"
          ],
          "editableUntil" : "2022-12-30T12:02:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/2785040000",
            "expanded_url" : "https://twitter.com/gull_watcher/status/1608470005937078277",
            "display_url" : "twitter.com/gull_watcher/s"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "21",
      "id_str" : "1608515304420278504",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1608515304420278504",
      "created_at" : "Thu Dec 29 17:28:28 +0000 2022",
      "favorited" : false,
      "full_text" : "the year's list from the island is even longer. 94 species, one sheep. https://t.co/2785040000",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1608515304420278504"
          ],
          "editableUntil" : "2022-12-29T18:28:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "boatday"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "21",
      "id_str" : "1608464721114038503",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1608464721114038503",
      "created_at" : "Thu Dec 29 14:07:28 +0000 2022",
      "favorited" : false,
      "full_text" : "the supply list for tam this week: milk, bread, coal, oats, tea, more tea &amp; a cabbage for morag. she's become part of the budget. #boatday",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1608464721114038503"
          ],
          "editableUntil" : "2022-12-29T15:07:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "22",
      "id_str" : "1607334515569590502",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1607334515569590502",
      "created_at" : "Mon Dec 26 11:16:26 +0000 2022",
      "favorited" : false,
      "full_text" : "boxing day storm. wind sw 9. the tree blew over, in the kitchen, with the door shut. i don't know how. biscuit knows how.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1607334515569590502"
          ],
          "editableUntil" : "2022-12-26T12:16:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "3",
      "id_str" : "1607034425701302501",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1607034425701302501",
      "created_at" : "Sun Dec 25 15:23:59 +0000 2022",
      "favorited" : false,
      "full_text" : "(3/3) called jen on the radio phone. she sounded happy. the sea was calm. the lamp went on at half three. i couldn't ask for more. lamp lit. 🕯️",
      "lang" : "en",
      "in_reply_to_status_id" : "1607033922384822500",
      "in_reply_to_status_id_str" : "1607033922384822500",
      "in_reply_to_user_id" : "1609387214",
      "in_reply_to_user_id_str" : "1609387214",
      "in_reply_to_screen_name" : "skerrow_light",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1607034425701302501"
          ],
          "editableUntil" : "2022-12-25T16:23:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "199"
      ],
      "favorite_count" : "19",
      "id_str" : "1607033922384822500",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1607033922384822500",
      "created_at" : "Sun Dec 25 15:21:59 +0000 2022",
      "favorited" : false,
      "full_text" : "(2/3) dinner for one keeper, one cat &amp; one sheep: chicken for me, chicken for biscuit, a whole cabbage for morag. the captain knocked on the window &amp; got a bit of chicken too. it's christmas.",
      "lang" : "en",
      "in_reply_to_status_id" : "1607033419068342499",
      "in_reply_to_status_id_str" : "1607033419068342499",
      "in_reply_to_user_id" : "1609387214",
      "in_reply_to_user_id_str" : "1609387214",
      "in_reply_to_screen_name" : "skerrow_light",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1607033922384822500"
          ],
          "editableUntil" : "2022-12-25T16:21:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "21",
      "id_str" : "1607033419068342499",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1607033419068342499",
      "created_at" : "Sun Dec 25 15:19:59 +0000 2022",
      "favorited" : false,
      "full_text" : "(1/3) christmas day on skerrow. up early, lamp off at 8:40, log written. tea with a drop of something in it.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1607033419068342499"
          ],
          "editableUntil" : "2022-12-25T16:19:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "18",
      "id_str" : "1605920515027894498",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1605920515027894498",
      "created_at" : "Thu Dec 22 13:37:42 +0000 2022",
      "favorited" : false,
      "full_text" : "in the log, totals for the year: 2,871 hours of lamp. 211 hours of fog horn. 13 gales, 4 storms. 0 ships lost. that last number is the one that matters.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1605920515027894498"
          ],
          "editableUntil" : "2022-12-22T14:37:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "1",
      "id_str" : "1605389918794678497",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1605389918794678497",
      "created_at" : "Wed Dec 21 02:29:18 +0000 2022",
      "favorited" : false,
      "full_text" : "solstice. the longest night. i sat up with the lamp all the way through. the beam going round &amp; round, &amp; the stars, &amp; the sea. happy solstice. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1605389918794678497"
          ],
          "editableUntil" : "2022-12-21T03:29:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "21",
      "id_str" : "1605191989588918496",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1605191989588918496",
      "created_at" : "Tue Dec 20 13:22:48 +0000 2022",
      "favorited" : false,
      "full_text" : "christmas cards on the shelf: jen, kit at the north light, dougie, tam, the puffin count &amp; one from the brave lass's crew. i'm very touched.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1605191989588918496"
          ],
          "editableUntil" : "2022-12-20T14:22:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "12",
      "id_str" : "1605101505868726495",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1605101505868726495",
      "created_at" : "Tue Dec 20 07:23:15 +0000 2022",
      "favorited" : false,
      "full_text" : "frost on everything &amp; not a breath of wind. the sea flat &amp; dark. the kind of morning that makes you whisper. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1605101505868726495"
          ],
          "editableUntil" : "2022-12-20T08:23:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "boatday"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "156"
      ],
      "favorite_count" : "22",
      "id_str" : "1600892421141430494",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1600892421141430494",
      "created_at" : "Thu Dec 08 16:37:51 +0000 2022",
      "favorited" : false,
      "full_text" : "tam brought a christmas tree over on the boat. it's tiny &amp; lopsided &amp; perfect. it's in the kitchen now. biscuit has already been inside it. #boatday",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1600892421141430494"
          ],
          "editableUntil" : "2022-12-08T17:37:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "url" : "https://t.co/m05078493",
            "expanded_url" : "https://twitter.com/me/status/1600873597105078493/photo/1",
            "media_url_https" : "https://pbs.twimg.com/media/x.jpg",
            "type" : "photo"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "34",
      "id_str" : "1600873597105078493",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1600873597105078493",
      "created_at" : "Thu Dec 08 15:23:03 +0000 2022",
      "favorited" : false,
      "full_text" : "the tree, decorated with the shells i've collected &amp; one very old bauble from my gran. 🎄 https://t.co/m05078493",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1600873597105078493"
          ],
          "editableUntil" : "2022-12-08T16:23:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "9",
      "id_str" : "1600545568977846492",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1600545568977846492",
      "created_at" : "Wed Dec 07 17:39:35 +0000 2022",
      "favorited" : false,
      "full_text" : "lamp lit at 15:38. the earliest of the year. the old girl &amp; i are going to be spending a lot of time together. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1600545568977846492"
          ],
          "editableUntil" : "2022-12-07T18:39:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "7",
      "id_str" : "1598932137669558491",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1598932137669558491",
      "created_at" : "Sat Dec 03 06:48:23 +0000 2022",
      "favorited" : false,
      "full_text" : "wind e 4, bitter. the sun comes up at half past eight &amp; goes down at half past three. it feels like a short visit. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1598932137669558491"
          ],
          "editableUntil" : "2022-12-03T07:48:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "puffin_count",
            "name" : "puffin_count"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "13",
      "id_str" : "1598365420090294490",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1598365420090294490",
      "created_at" : "Thu Dec 01 17:16:27 +0000 2022",
      "favorited" : false,
      "full_text" : "@puffin_count thank you for the card. it's on the shelf next to the one from the brave lass. pride of place.",
      "lang" : "en",
      "in_reply_to_status_id" : "1598352585520054275",
      "in_reply_to_status_id_str" : "1598352585520054275",
      "in_reply_to_user_id" : "2256108843",
      "in_reply_to_user_id_str" : "2256108843",
      "in_reply_to_screen_name" : "puffin_count",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1598365420090294490"
          ],
          "editableUntil" : "2022-12-01T18:16:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "13",
      "id_str" : "1597863034745782489",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1597863034745782489",
      "created_at" : "Wed Nov 30 08:00:09 +0000 2022",
      "favorited" : false,
      "full_text" : "wind sw 5. a rainbow right across the sound this morning, one end on the mainland &amp; one on the landing. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1597863034745782489"
          ],
          "editableUntil" : "2022-11-30T09:00:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "19",
      "id_str" : "1596902740456374488",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1596902740456374488",
      "created_at" : "Sun Nov 27 16:24:17 +0000 2022",
      "favorited" : false,
      "full_text" : "the stove is roaring, the kettle is on, the rain is on the windows &amp; biscuit is on my feet. i can't think of a better place to be.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1596902740456374488"
          ],
          "editableUntil" : "2022-11-27T17:24:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "3",
      "id_str" : "1596854778590134487",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1596854778590134487",
      "created_at" : "Sun Nov 27 13:13:42 +0000 2022",
      "favorited" : false,
      "full_text" : "polished the brass today. all of it. the sunday resolution has survived ten months, which is nine more than i expected.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1596854778590134487"
          ],
          "editableUntil" : "2022-11-27T14:13:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "jen_in_town",
            "name" : "jen_in_town"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "8",
      "id_str" : "1595759750673334486",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1595759750673334486",
      "created_at" : "Thu Nov 24 12:42:27 +0000 2022",
      "favorited" : false,
      "full_text" : "@jen_in_town you can't mail a sheep, jen. &amp; morag wouldn't like the city. she gets nervous on the boat.",
      "lang" : "en",
      "in_reply_to_status_id" : "1595748929369014275",
      "in_reply_to_status_id_str" : "1595748929369014275",
      "in_reply_to_user_id" : "1984402231",
      "in_reply_to_user_id_str" : "1984402231",
      "in_reply_to_screen_name" : "jen_in_town",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1595759750673334486"
          ],
          "editableUntil" : "2022-11-24T13:42:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "22",
      "id_str" : "1595461653099446485",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1595461653099446485",
      "created_at" : "Wed Nov 23 16:57:55 +0000 2022",
      "favorited" : false,
      "full_text" : "the glass is steady &amp; the sea has gone quiet. one of those still november nights where you can hear every wave. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1595461653099446485"
          ],
          "editableUntil" : "2022-11-23T17:57:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "7",
      "id_str" : "1595022547219382484",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1595022547219382484",
      "created_at" : "Tue Nov 22 11:53:04 +0000 2022",
      "favorited" : false,
      "full_text" : "a whooper swan on the pond by the old wall. huge, white, honking like a rusty gate. passing through. i wish he'd stay.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1595022547219382484"
          ],
          "editableUntil" : "2022-11-22T12:53:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "8",
      "id_str" : "1593796942230454483",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1593796942230454483",
      "created_at" : "Sat Nov 19 02:42:57 +0000 2022",
      "favorited" : false,
      "full_text" : "in the log: \"lamp 16:21 to 07:58. wind s 8 -&gt; sw 6. sea rough. one vessel, the brave lass, running for home. all well.\" 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1593796942230454483"
          ],
          "editableUntil" : "2022-11-19T03:42:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "22",
      "id_str" : "1593598140609462482",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1593598140609462482",
      "created_at" : "Fri Nov 18 13:32:59 +0000 2022",
      "favorited" : false,
      "full_text" : "spent the afternoon knitting. it was supposed to be a hat. it is now a sort of long tube. biscuit likes it.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1593598140609462482"
          ],
          "editableUntil" : "2022-11-18T14:32:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "16",
      "id_str" : "1592922027193270481",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1592922027193270481",
      "created_at" : "Wed Nov 16 16:46:21 +0000 2022",
      "favorited" : false,
      "full_text" : "wind s 8. the rain is coming sideways at the windows. biscuit &amp; morag both in the porch, not speaking. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1592922027193270481"
          ],
          "editableUntil" : "2022-11-16T17:46:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "2",
      "id_str" : "1592471055627190480",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1592471055627190480",
      "created_at" : "Tue Nov 15 10:54:21 +0000 2022",
      "favorited" : false,
      "full_text" : "morag has discovered the compost heap. it's a love story now.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1592471055627190480"
          ],
          "editableUntil" : "2022-11-15T11:54:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "3",
      "id_str" : "1591331308041142479",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1591331308041142479",
      "created_at" : "Sat Nov 12 07:25:24 +0000 2022",
      "favorited" : false,
      "full_text" : "frost on the railing &amp; a low red sun. the sea steaming a little in the cold. kettle's on. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1591331308041142479"
          ],
          "editableUntil" : "2022-11-12T08:25:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "boatday"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "20",
      "id_str" : "1590691433411510478",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1590691433411510478",
      "created_at" : "Thu Nov 10 13:02:46 +0000 2022",
      "favorited" : false,
      "full_text" : "the harbour café sent a christmas cake with tam. in november. dougie says it needs \"feeding\" every week with whisky. i can do that. #boatday",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1590691433411510478"
          ],
          "editableUntil" : "2022-11-10T14:02:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "275"
      ],
      "favorite_count" : "8",
      "id_str" : "1589965248394166477",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1589965248394166477",
      "created_at" : "Tue Nov 08 12:57:10 +0000 2022",
      "favorited" : false,
      "full_text" : "a letter to whoever keeps this light after me. the kettle in the kitchen is older than both of us &amp; it whistles in b flat; don't replace it. the third step of the tower creaks in the wet; that's normal. the captain will knock on the window for toast; don't give him any,…",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1589965248394166477"
          ],
          "editableUntil" : "2022-11-08T13:57:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "0",
      "id_str" : "1589656912524214476",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1589656912524214476",
      "created_at" : "Mon Nov 07 16:31:57 +0000 2022",
      "favorited" : false,
      "full_text" : "lamp lit at 16:30. long nights now. tea, the radio &amp; a book. the old girl does the hard work. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1589656912524214476"
          ],
          "editableUntil" : "2022-11-07T17:31:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "url" : "https://t.co/m69398475",
            "expanded_url" : "https://twitter.com/me/status/1588941137769398475/photo/1",
            "media_url_https" : "https://pbs.twimg.com/media/x.jpg",
            "type" : "photo"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "24",
      "id_str" : "1588941137769398475",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1588941137769398475",
      "created_at" : "Sat Nov 05 17:07:43 +0000 2022",
      "favorited" : false,
      "full_text" : "fireworks on the mainland tonight, tiny &amp; silent from here, like someone scattering sparkles over the hills. https://t.co/m69398475",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1588941137769398475"
          ],
          "editableUntil" : "2022-11-05T18:07:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "6",
      "id_str" : "1588934099727286474",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1588934099727286474",
      "created_at" : "Sat Nov 05 16:39:45 +0000 2022",
      "favorited" : false,
      "full_text" : "morag has met biscuit. they stood nose to nose for a full minute. then biscuit walked away very slowly as if it had been his idea.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1588934099727286474"
          ],
          "editableUntil" : "2022-11-05T17:39:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "harbour_scones",
            "name" : "harbour_scones"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "0",
      "id_str" : "1588123789554614473",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1588123789554614473",
      "created_at" : "Thu Nov 03 10:59:52 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @harbour_scones: christmas cakes are ready to order. one is already on its way across the sound to a lighthouse.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1588123789554614473"
          ],
          "editableUntil" : "2022-11-03T11:59:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "17",
      "id_str" : "1587358597510070472",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1587358597510070472",
      "created_at" : "Tue Nov 01 08:19:16 +0000 2022",
      "favorited" : false,
      "full_text" : "wind nw 6. the sheep is still here. i've named her morag. she eats the garden &amp; stares at the sea. we have a lot in common.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1587358597510070472"
          ],
          "editableUntil" : "2022-11-01T09:19:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "2",
      "id_str" : "1586785936602038471",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1586785936602038471",
      "created_at" : "Sun Oct 30 18:23:43 +0000 2022",
      "favorited" : false,
      "full_text" : "the clocks went back. the lamp goes on at five now &amp; the evenings belong to the dark. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1586785936602038471"
          ],
          "editableUntil" : "2022-10-30T19:23:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "18",
      "id_str" : "1586419836777398469",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1586419836777398469",
      "created_at" : "Sat Oct 29 18:08:58 +0000 2022",
      "favorited" : false,
      "full_text" : "the glass is at 962 &amp; still going. i've filled the lamps, the kettle &amp; the bath. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1586419836777398469"
          ],
          "editableUntil" : "2022-10-29T19:08:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "harbour_scones",
            "name" : "harbour_scones"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "1",
      "id_str" : "1585302348362678468",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1585302348362678468",
      "created_at" : "Wed Oct 26 16:08:28 +0000 2022",
      "favorited" : false,
      "full_text" : "@harbour_scones the soup was perfect. tam says he helped. i said i knew he didn't. we both know.",
      "lang" : "en",
      "in_reply_to_status_id" : "1585298573489078275",
      "in_reply_to_status_id_str" : "1585298573489078275",
      "in_reply_to_user_id" : "3302519876",
      "in_reply_to_user_id_str" : "3302519876",
      "in_reply_to_screen_name" : "harbour_scones",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1585302348362678468"
          ],
          "editableUntil" : "2022-10-26T17:08:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "tam_the_boat",
            "name" : "tam_the_boat"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "0",
      "id_str" : "1585211503932342467",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1585211503932342467",
      "created_at" : "Wed Oct 26 10:07:29 +0000 2022",
      "favorited" : false,
      "full_text" : "@tam_the_boat no, i will not be taking the sheep. it's not mine, tam. it's the island's. it arrived in a storm &amp; it's staying.",
      "lang" : "en",
      "in_reply_to_status_id" : "1585199675995062275",
      "in_reply_to_status_id_str" : "1585199675995062275",
      "in_reply_to_user_id" : "3718845190",
      "in_reply_to_user_id_str" : "3718845190",
      "in_reply_to_screen_name" : "tam_the_boat",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1585211503932342467"
          ],
          "editableUntil" : "2022-10-26T11:07:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "12",
      "id_str" : "1584157710218166466",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1584157710218166466",
      "created_at" : "Sun Oct 23 12:20:05 +0000 2022",
      "favorited" : false,
      "full_text" : "the ferry is on winter hours now. once a day, weather permitting, which out here is never a promise.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1584157710218166466"
          ],
          "editableUntil" : "2022-10-23T13:20:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "2",
      "id_str" : "1583300688081846465",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1583300688081846465",
      "created_at" : "Fri Oct 21 03:34:35 +0000 2022",
      "favorited" : false,
      "full_text" : "wind backing south &amp; rising. i can hear the sea on the west side, slow &amp; heavy. it's going to be a long night. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1583300688081846465"
          ],
          "editableUntil" : "2022-10-21T04:34:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "9",
      "id_str" : "1583088011703222464",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1583088011703222464",
      "created_at" : "Thu Oct 20 13:29:29 +0000 2022",
      "favorited" : false,
      "full_text" : "biscuit has decided the bottom step of the tower is his &amp; anyone who wants to go up must pay a toll of chin scratches.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1583088011703222464"
          ],
          "editableUntil" : "2022-10-20T14:29:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "13",
      "id_str" : "1582445230420918463",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1582445230420918463",
      "created_at" : "Tue Oct 18 18:55:18 +0000 2022",
      "favorited" : false,
      "full_text" : "a fishing boat i didn't know anchored in the lee tonight, the morning glory, from up the coast. waved at them with the torch. lamp lit. 🕯️ ⚓",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1582445230420918463"
          ],
          "editableUntil" : "2022-10-18T19:55:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "19",
      "id_str" : "1582058129716150462",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1582058129716150462",
      "created_at" : "Mon Oct 17 17:17:06 +0000 2022",
      "favorited" : false,
      "full_text" : "oiled every hinge on the island. there are 47 of them. i counted.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1582058129716150462"
          ],
          "editableUntil" : "2022-10-17T18:17:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "2",
      "id_str" : "1580824857539510461",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1580824857539510461",
      "created_at" : "Fri Oct 14 07:36:31 +0000 2022",
      "favorited" : false,
      "full_text" : "wind w 5. grey &amp; soft &amp; mild. a robin has moved into the garden. i didn't know they came this far out. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1580824857539510461"
          ],
          "editableUntil" : "2022-10-14T08:36:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "boatday"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "151"
      ],
      "favorite_count" : "22",
      "id_str" : "1580568824640438460",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1580568824640438460",
      "created_at" : "Thu Oct 13 14:39:08 +0000 2022",
      "favorited" : false,
      "full_text" : "tam came over with a new shed door, a box of groceries &amp; a flask of soup he said was from dougie. it was from dougie. tam can't make soup. #boatday",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1580568824640438460"
          ],
          "editableUntil" : "2022-10-13T15:39:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "13",
      "id_str" : "1580253912101814459",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1580253912101814459",
      "created_at" : "Wed Oct 12 17:47:47 +0000 2022",
      "favorited" : false,
      "full_text" : "storm clouds piled up in the west like a range of mountains. the glass falling. i've fed biscuit early. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1580253912101814459"
          ],
          "editableUntil" : "2022-10-12T18:47:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "url" : "https://t.co/m03542458",
            "expanded_url" : "https://twitter.com/me/status/1579057621103542458/photo/1",
            "media_url_https" : "https://pbs.twimg.com/media/x.jpg",
            "type" : "photo"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "25",
      "id_str" : "1579057621103542458",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1579057621103542458",
      "created_at" : "Sun Oct 09 10:34:09 +0000 2022",
      "favorited" : false,
      "full_text" : "the sea this morning. still angry about something. 🌊 https://t.co/m03542458",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1579057621103542458"
          ],
          "editableUntil" : "2022-10-09T11:34:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "15",
      "id_str" : "1578773624779702457",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1578773624779702457",
      "created_at" : "Sat Oct 08 15:45:39 +0000 2022",
      "favorited" : false,
      "full_text" : "found the shed door. it's on the other side of the island, in a puddle, with a very surprised sheep looking at it.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1578773624779702457"
          ],
          "editableUntil" : "2022-10-08T16:45:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "12",
      "id_str" : "1577655444304822456",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1577655444304822456",
      "created_at" : "Wed Oct 05 13:42:24 +0000 2022",
      "favorited" : false,
      "full_text" : "seal pups on the south rocks. three of them, white &amp; fat &amp; furious. the committee has become a nursery. 🌊",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1577655444304822456"
          ],
          "editableUntil" : "2022-10-05T14:42:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/6304550000",
            "expanded_url" : "https://example.com/shipping-forecast",
            "display_url" : "example.com/shipping-forec"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "179"
      ],
      "favorite_count" : "10",
      "id_str" : "1576538404680630455",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1576538404680630455",
      "created_at" : "Sun Oct 02 11:43:41 +0000 2022",
      "favorited" : false,
      "full_text" : "the shipping forecast is at 00:48 &amp; 05:20. i've listened to both for years. the full list of sea areas is at https://t.co/6304550000 if you want to learn them. i recommend it.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1576538404680630455"
          ],
          "editableUntil" : "2022-10-02T12:43:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "16",
      "id_str" : "1576467718075318454",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1576467718075318454",
      "created_at" : "Sun Oct 02 07:02:48 +0000 2022",
      "favorited" : false,
      "full_text" : "(4/4) by morning it had blown through. the landing is covered in weed &amp; one of the sheds has lost its door. everyone's safe. kettle's on. ☕",
      "lang" : "en",
      "in_reply_to_status_id" : "1576467214758838453",
      "in_reply_to_status_id_str" : "1576467214758838453",
      "in_reply_to_user_id" : "1609387214",
      "in_reply_to_user_id_str" : "1609387214",
      "in_reply_to_screen_name" : "skerrow_light",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1576467718075318454"
          ],
          "editableUntil" : "2022-10-02T08:02:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "22",
      "id_str" : "1576467214758838453",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1576467214758838453",
      "created_at" : "Sun Oct 02 07:00:48 +0000 2022",
      "favorited" : false,
      "full_text" : "(3/4) at 2am the power went. the generator took over after eleven seconds, which felt like eleven years. the old girl never missed a flash.",
      "lang" : "en",
      "in_reply_to_status_id" : "1576466711442358452",
      "in_reply_to_status_id_str" : "1576466711442358452",
      "in_reply_to_user_id" : "1609387214",
      "in_reply_to_user_id_str" : "1609387214",
      "in_reply_to_screen_name" : "skerrow_light",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1576467214758838453"
          ],
          "editableUntil" : "2022-10-02T08:00:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "20",
      "id_str" : "1576466711442358452",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1576466711442358452",
      "created_at" : "Sun Oct 02 06:58:48 +0000 2022",
      "favorited" : false,
      "full_text" : "(2/4) wind sw 10 by midnight. storm force. the spray came right up over the tower, 40 metres, &amp; ran down the lamp room windows like rain.",
      "lang" : "en",
      "in_reply_to_status_id" : "1576466208125878451",
      "in_reply_to_status_id_str" : "1576466208125878451",
      "in_reply_to_user_id" : "1609387214",
      "in_reply_to_user_id_str" : "1609387214",
      "in_reply_to_screen_name" : "skerrow_light",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1576466711442358452"
          ],
          "editableUntil" : "2022-10-02T07:58:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "16",
      "id_str" : "1576466208125878451",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1576466208125878451",
      "created_at" : "Sun Oct 02 06:56:48 +0000 2022",
      "favorited" : false,
      "full_text" : "(1/4) first big storm of the winter last night. a long one, so bear with me.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1576466208125878451"
          ],
          "editableUntil" : "2022-10-02T07:56:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/5824500000",
            "expanded_url" : "https://twitter.com/harbour_scones/status/1575770691859382277",
            "display_url" : "twitter.com/harbour_scones"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "20",
      "id_str" : "1575815990342582450",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1575815990342582450",
      "created_at" : "Fri Sep 30 11:53:04 +0000 2022",
      "favorited" : false,
      "full_text" : "i would like to state for the record that i have not been told about this new pie &amp; i am very hurt. https://t.co/5824500000",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1575815990342582450"
          ],
          "editableUntil" : "2022-09-30T12:53:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "21",
      "id_str" : "1574855410840502449",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1574855410840502449",
      "created_at" : "Tue Sep 27 20:16:04 +0000 2022",
      "favorited" : false,
      "full_text" : "redwings on the island tonight, hundreds of them, all flying in from the north in the dark. you can hear them calling overhead. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1574855410840502449"
          ],
          "editableUntil" : "2022-09-27T21:16:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "9",
      "id_str" : "1574437586858934448",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1574437586858934448",
      "created_at" : "Mon Sep 26 16:35:47 +0000 2022",
      "favorited" : false,
      "full_text" : "a ship called the silver darling went past today, an old herring drifter, lovingly restored. it's not often you see one with a proper wheelhouse. ⚓",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1574437586858934448"
          ],
          "editableUntil" : "2022-09-26T17:35:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "20",
      "id_str" : "1573410313728950447",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1573410313728950447",
      "created_at" : "Fri Sep 23 20:33:46 +0000 2022",
      "favorited" : false,
      "full_text" : "equinox. the day &amp; the night the same length &amp; the lamp on at seven sharp. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1573410313728950447"
          ],
          "editableUntil" : "2022-09-23T21:33:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "3",
      "id_str" : "1573130276828086446",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1573130276828086446",
      "created_at" : "Fri Sep 23 02:01:00 +0000 2022",
      "favorited" : false,
      "full_text" : "the beam catching the rain in long silver lines. i stood on the gallery &amp; watched it go round &amp; round for an hour. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1573130276828086446"
          ],
          "editableUntil" : "2022-09-23T03:01:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "22",
      "id_str" : "1572959568655286445",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1572959568655286445",
      "created_at" : "Thu Sep 22 14:42:40 +0000 2022",
      "favorited" : false,
      "full_text" : "first fire of the autumn in the stove. biscuit has moved in front of it &amp; will not be leaving until april.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1572959568655286445"
          ],
          "editableUntil" : "2022-09-22T15:42:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "6",
      "id_str" : "1572620815692726444",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1572620815692726444",
      "created_at" : "Wed Sep 21 16:16:35 +0000 2022",
      "favorited" : false,
      "full_text" : "in the log: \"wind sw 7 -&gt; w 8. sea very rough. visibility moderate in rain. no vessels seen.\" a sensible night to stay home.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1572620815692726444"
          ],
          "editableUntil" : "2022-09-21T17:16:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "rainy_robbie",
            "name" : "rainy_robbie"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "5",
      "id_str" : "1571510881219510443",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1571510881219510443",
      "created_at" : "Sun Sep 18 14:46:06 +0000 2022",
      "favorited" : false,
      "full_text" : "@rainy_robbie gusting 8 at the tower, 7 in the sound. the brave lass stayed in. sensible lass.",
      "lang" : "en",
      "in_reply_to_status_id" : "1571500814889910275",
      "in_reply_to_status_id_str" : "1571500814889910275",
      "in_reply_to_user_id" : "5519023678",
      "in_reply_to_user_id_str" : "5519023678",
      "in_reply_to_screen_name" : "rainy_robbie",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1571510881219510443"
          ],
          "editableUntil" : "2022-09-18T15:46:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "8",
      "id_str" : "1570845731713974442",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1570845731713974442",
      "created_at" : "Fri Sep 16 18:43:02 +0000 2022",
      "favorited" : false,
      "full_text" : "wind sw 7, gusting 8. the sea coming over the landing. the brave lass stayed in harbour tonight. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1570845731713974442"
          ],
          "editableUntil" : "2022-09-16T19:43:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "6",
      "id_str" : "1570445238596534441",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1570445238596534441",
      "created_at" : "Thu Sep 15 16:11:37 +0000 2022",
      "favorited" : false,
      "full_text" : "new bearings for the lens arrived. i've been waiting since may. they fit, which is a first.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1570445238596534441"
          ],
          "editableUntil" : "2022-09-15T17:11:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "boatday"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "7",
      "id_str" : "1570434979328950440",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1570434979328950440",
      "created_at" : "Thu Sep 15 15:30:51 +0000 2022",
      "favorited" : false,
      "full_text" : "tam brought the winter coal early. three tons of it, a bag at a time, up the steps. i've earned my supper. #boatday",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1570434979328950440"
          ],
          "editableUntil" : "2022-09-15T16:30:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "3",
      "id_str" : "1569608269427638439",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1569608269427638439",
      "created_at" : "Tue Sep 13 08:45:48 +0000 2022",
      "favorited" : false,
      "full_text" : "fog on the sound, bright sun above. the tower poking out the top like a lollipop. 🌫️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1569608269427638439"
          ],
          "editableUntil" : "2022-09-13T09:45:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "16",
      "id_str" : "1568194445046710438",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1568194445046710438",
      "created_at" : "Fri Sep 09 11:07:46 +0000 2022",
      "favorited" : false,
      "full_text" : "tam says the harbour is full of yachts heading south before the weather turns. the whole coast is packing up for winter.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1568194445046710438"
          ],
          "editableUntil" : "2022-09-09T12:07:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "url" : "https://t.co/m11318437",
            "expanded_url" : "https://twitter.com/me/status/1568182394811318437/photo/1",
            "media_url_https" : "https://pbs.twimg.com/media/x.jpg",
            "type" : "photo"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "29",
      "id_str" : "1568182394811318437",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1568182394811318437",
      "created_at" : "Fri Sep 09 10:19:53 +0000 2022",
      "favorited" : false,
      "full_text" : "the harvest moon coming up out of the sea. enormous. orange. the captain stared at it for ten minutes. https://t.co/m11318437",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1568182394811318437"
          ],
          "editableUntil" : "2022-09-09T11:19:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "20",
      "id_str" : "1566336448066486436",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1566336448066486436",
      "created_at" : "Sun Sep 04 08:04:45 +0000 2022",
      "favorited" : false,
      "full_text" : "a heron on the landing this morning, standing very still, looking very grumpy. herons always look like they've just had bad news. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1566336448066486436"
          ],
          "editableUntil" : "2022-09-04T09:04:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "6",
      "id_str" : "1566074304066486435",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1566074304066486435",
      "created_at" : "Sat Sep 03 14:43:05 +0000 2022",
      "favorited" : false,
      "full_text" : "bringing in the garden. one bucket of potatoes, a handful of carrots &amp; a cabbage the size of biscuit.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1566074304066486435"
          ],
          "editableUntil" : "2022-09-03T15:43:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "10",
      "id_str" : "1565238354113462434",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1565238354113462434",
      "created_at" : "Thu Sep 01 07:21:19 +0000 2022",
      "favorited" : false,
      "full_text" : "wind nw 5. geese going over this morning, long lines of them, heading south &amp; shouting directions at each other. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1565238354113462434"
          ],
          "editableUntil" : "2022-09-01T08:21:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "gull_watcher",
            "name" : "gull_watcher"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "5",
      "id_str" : "1564608529036214433",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1564608529036214433",
      "created_at" : "Tue Aug 30 13:38:37 +0000 2022",
      "favorited" : false,
      "full_text" : "@gull_watcher sooty shearwaters, a good stream of them past the north point this afternoon. two hundred at least. my eyes aren't what they were.",
      "lang" : "en",
      "in_reply_to_status_id" : "1564598966023094275",
      "in_reply_to_status_id_str" : "1564598966023094275",
      "in_reply_to_user_id" : "2871663042",
      "in_reply_to_user_id_str" : "2871663042",
      "in_reply_to_screen_name" : "gull_watcher",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1564608529036214433"
          ],
          "editableUntil" : "2022-08-30T14:38:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "5",
      "id_str" : "1563981962933174432",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1563981962933174432",
      "created_at" : "Sun Aug 28 20:08:52 +0000 2022",
      "favorited" : false,
      "full_text" : "the glass dropping. 1006 &amp; falling. first autumn storm on its way, i think. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1563981962933174432"
          ],
          "editableUntil" : "2022-08-28T21:08:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "16",
      "id_str" : "1563132100473782431",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1563132100473782431",
      "created_at" : "Fri Aug 26 11:51:49 +0000 2022",
      "favorited" : false,
      "full_text" : "the harbour café is doing a special on bramble tart this week. i know because tam ate one on the boat &amp; told me about it in detail.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1563132100473782431"
          ],
          "editableUntil" : "2022-08-26T12:51:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "6",
      "id_str" : "1562973522228150430",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1562973522228150430",
      "created_at" : "Fri Aug 26 01:21:41 +0000 2022",
      "favorited" : false,
      "full_text" : "stars so bright tonight that the sea looks frosted. i could see the milky way from the gallery, right over the lamp. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1562973522228150430"
          ],
          "editableUntil" : "2022-08-26T02:21:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "7",
      "id_str" : "1562084765987766429",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1562084765987766429",
      "created_at" : "Tue Aug 23 14:30:05 +0000 2022",
      "favorited" : false,
      "full_text" : "the gannets are diving in the sound all afternoon. dozens of them. something big down there, mackerel probably. 🐦",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1562084765987766429"
          ],
          "editableUntil" : "2022-08-23T15:30:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "5",
      "id_str" : "1561679118070710428",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1561679118070710428",
      "created_at" : "Mon Aug 22 11:38:11 +0000 2022",
      "favorited" : false,
      "full_text" : "repaired the weather vane. it had been saying north for a week. it was not north.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1561679118070710428"
          ],
          "editableUntil" : "2022-08-22T12:38:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "20",
      "id_str" : "1560957550982070427",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1560957550982070427",
      "created_at" : "Sat Aug 20 11:50:56 +0000 2022",
      "favorited" : false,
      "full_text" : "cleaned the fog horn. bertha has a brass mouthpiece the size of a dustbin lid &amp; it takes an hour to polish. she doesn't thank me either.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1560957550982070427"
          ],
          "editableUntil" : "2022-08-20T12:50:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "2",
      "id_str" : "1560731415081910426",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1560731415081910426",
      "created_at" : "Fri Aug 19 20:52:21 +0000 2022",
      "favorited" : false,
      "full_text" : "dark before nine tonight. the lamp is back to working proper hours. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1560731415081910426"
          ],
          "editableUntil" : "2022-08-19T21:52:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "boatday"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "16",
      "id_str" : "1560235308610486425",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1560235308610486425",
      "created_at" : "Thu Aug 18 12:01:00 +0000 2022",
      "favorited" : false,
      "full_text" : "tam's boat has a new engine. he brought it over to show me. we stood &amp; admired it for twenty minutes. this is island life. #boatday",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1560235308610486425"
          ],
          "editableUntil" : "2022-08-18T13:01:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "gull_watcher",
            "name" : "gull_watcher"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "0",
      "id_str" : "1559166058886070424",
      "truncated" : false,
      "retweet_count" : "20",
      "id" : "1559166058886070424",
      "created_at" : "Mon Aug 15 13:12:11 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @gull_watcher: sooty shearwaters streaming past the north point on skerrow this afternoon, according to our most reliable observer.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1559166058886070424"
          ],
          "editableUntil" : "2022-08-15T14:12:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "19",
      "id_str" : "1558724033770422423",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1558724033770422423",
      "created_at" : "Sun Aug 14 07:55:44 +0000 2022",
      "favorited" : false,
      "full_text" : "kettle's on &amp; the heather is out. the whole island gone purple overnight. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1558724033770422423"
          ],
          "editableUntil" : "2022-08-14T08:55:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "6",
      "id_str" : "1557639302869942422",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1557639302869942422",
      "created_at" : "Thu Aug 11 08:05:24 +0000 2022",
      "favorited" : false,
      "full_text" : "wind sw 4. the evenings are drawing in &amp; the swallows are lining up on the wire by the store. they know something. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1557639302869942422"
          ],
          "editableUntil" : "2022-08-11T09:05:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "url" : "https://t.co/m61878421",
            "expanded_url" : "https://twitter.com/me/status/1557354337661878421/photo/1",
            "media_url_https" : "https://pbs.twimg.com/media/x.jpg",
            "type" : "photo"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "18",
      "id_str" : "1557354337661878421",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1557354337661878421",
      "created_at" : "Wed Aug 10 13:13:03 +0000 2022",
      "favorited" : false,
      "full_text" : "last puffin of the summer, probably. he looked at me like he was going to say something. 🐦 https://t.co/m61878421",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1557354337661878421"
          ],
          "editableUntil" : "2022-08-10T14:13:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "9",
      "id_str" : "1556289542288310420",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1556289542288310420",
      "created_at" : "Sun Aug 07 14:41:56 +0000 2022",
      "favorited" : false,
      "full_text" : "blackberries coming along by the old wall. biscuit &amp; i are watching them very closely.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1556289542288310420"
          ],
          "editableUntil" : "2022-08-07T15:41:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "12",
      "id_str" : "1556039662433206419",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1556039662433206419",
      "created_at" : "Sat Aug 06 22:09:00 +0000 2022",
      "favorited" : false,
      "full_text" : "wind sw 6. first proper blow since spring. i'd almost forgotten the sound the tower makes. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1556039662433206419"
          ],
          "editableUntil" : "2022-08-06T23:09:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "jen_in_town",
            "name" : "jen_in_town"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "7",
      "id_str" : "1555177321919414418",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1555177321919414418",
      "created_at" : "Thu Aug 04 13:02:22 +0000 2022",
      "favorited" : false,
      "full_text" : "@jen_in_town he's still on your chair. i think he's waiting for you to come back.",
      "lang" : "en",
      "in_reply_to_status_id" : "1555169772172214275",
      "in_reply_to_status_id_str" : "1555169772172214275",
      "in_reply_to_user_id" : "1984402231",
      "in_reply_to_user_id_str" : "1984402231",
      "in_reply_to_screen_name" : "jen_in_town",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1555177321919414418"
          ],
          "editableUntil" : "2022-08-04T14:02:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "16",
      "id_str" : "1554500961039286417",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1554500961039286417",
      "created_at" : "Tue Aug 02 16:14:45 +0000 2022",
      "favorited" : false,
      "full_text" : "the slope is emptying. a few adults still flying in with fish but most of the puffins have gone out to sea for the winter. the island feels too big.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1554500961039286417"
          ],
          "editableUntil" : "2022-08-02T17:14:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "1",
      "id_str" : "1554029504492470416",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1554029504492470416",
      "created_at" : "Mon Aug 01 09:01:21 +0000 2022",
      "favorited" : false,
      "full_text" : "(3/3) carried him down to the landing &amp; let him go at the water's edge. he paddled off without a word. no thank you. typical. 🐦",
      "lang" : "en",
      "in_reply_to_status_id" : "1554029001175990415",
      "in_reply_to_status_id_str" : "1554029001175990415",
      "in_reply_to_user_id" : "1609387214",
      "in_reply_to_user_id_str" : "1609387214",
      "in_reply_to_screen_name" : "skerrow_light",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1554029504492470416"
          ],
          "editableUntil" : "2022-08-01T10:01:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "146"
      ],
      "favorite_count" : "19",
      "id_str" : "1554029001175990415",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1554029001175990415",
      "created_at" : "Mon Aug 01 08:59:21 +0000 2022",
      "favorited" : false,
      "full_text" : "(2/3) they leave at night &amp; follow the moon to the sea, but sometimes the lights confuse them. so we keep a box by the door for the lost ones.",
      "lang" : "en",
      "in_reply_to_status_id" : "1554028497859510414",
      "in_reply_to_status_id_str" : "1554028497859510414",
      "in_reply_to_user_id" : "1609387214",
      "in_reply_to_user_id_str" : "1609387214",
      "in_reply_to_screen_name" : "skerrow_light",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1554029001175990415"
          ],
          "editableUntil" : "2022-08-01T09:59:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "17",
      "id_str" : "1554028497859510414",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1554028497859510414",
      "created_at" : "Mon Aug 01 08:57:21 +0000 2022",
      "favorited" : false,
      "full_text" : "(1/3) found a puffling on the path this morning, lost, heading the wrong way, uphill, towards the tower.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1554028497859510414"
          ],
          "editableUntil" : "2022-08-01T09:57:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "north_light_kit",
            "name" : "north_light_kit"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "7",
      "id_str" : "1553791679067062413",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1553791679067062413",
      "created_at" : "Sun Jul 31 17:16:19 +0000 2022",
      "favorited" : false,
      "full_text" : "@north_light_kit yours has a red band too? we should start a club. meetings on the radio, channel 16, no biscuits.",
      "lang" : "en",
      "in_reply_to_status_id" : "1553777334547382275",
      "in_reply_to_status_id_str" : "1553777334547382275",
      "in_reply_to_user_id" : "4120977315",
      "in_reply_to_user_id_str" : "4120977315",
      "in_reply_to_screen_name" : "north_light_kit",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1553791679067062413"
          ],
          "editableUntil" : "2022-07-31T18:16:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "12",
      "id_str" : "1553151523419062412",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1553151523419062412",
      "created_at" : "Fri Jul 29 22:52:34 +0000 2022",
      "favorited" : false,
      "full_text" : "the sea was the colour of tea with milk in it all evening. my favourite kind of sea. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1553151523419062412"
          ],
          "editableUntil" : "2022-07-29T23:52:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "2",
      "id_str" : "1552284887937974411",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1552284887937974411",
      "created_at" : "Wed Jul 27 13:28:52 +0000 2022",
      "favorited" : false,
      "full_text" : "tourists on the ferry wave at the tower every afternoon. today i waved a tea towel back. i think i made someone's holiday.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1552284887937974411"
          ],
          "editableUntil" : "2022-07-27T14:28:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "puffinwatch"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "2",
      "id_str" : "1551472631608246410",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1551472631608246410",
      "created_at" : "Mon Jul 25 07:41:15 +0000 2022",
      "favorited" : false,
      "full_text" : "wind n 3. the first pufflings poking their heads out of the burrows. tiny, fluffy, deeply suspicious. ☕ #puffinwatch",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1551472631608246410"
          ],
          "editableUntil" : "2022-07-25T08:41:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "12",
      "id_str" : "1550640217453494409",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1550640217453494409",
      "created_at" : "Sat Jul 23 00:33:32 +0000 2022",
      "favorited" : false,
      "full_text" : "warm night. window open. the beam sweeps over the sea &amp; for a second lights up a raft of sleeping birds. then dark again. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1550640217453494409"
          ],
          "editableUntil" : "2022-07-23T01:33:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "17",
      "id_str" : "1550170497348534408",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1550170497348534408",
      "created_at" : "Thu Jul 21 17:27:02 +0000 2022",
      "favorited" : false,
      "full_text" : "in the log: \"fog 11:00 to 17:30, horn in use. visibility &lt; 200 m. two yachts sheltering in the lee. all well.\"",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1550170497348534408"
          ],
          "editableUntil" : "2022-07-21T18:27:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "18",
      "id_str" : "1549363886551990407",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1549363886551990407",
      "created_at" : "Tue Jul 19 12:01:51 +0000 2022",
      "favorited" : false,
      "full_text" : "finished the tower. one coat of white, one of red &amp; a good deal of me. the captain supervised from the railing.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1549363886551990407"
          ],
          "editableUntil" : "2022-07-19T13:01:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "2",
      "id_str" : "1549150149014454406",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1549150149014454406",
      "created_at" : "Mon Jul 18 21:52:32 +0000 2022",
      "favorited" : false,
      "full_text" : "the brave lass &amp; the morning star both out late tonight, lights blinking far off to the west. lamp lit. 🕯️ ⚓",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1549150149014454406"
          ],
          "editableUntil" : "2022-07-18T22:52:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "gull_watcher",
            "name" : "gull_watcher"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "15",
      "id_str" : "1548679552299958405",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1548679552299958405",
      "created_at" : "Sun Jul 17 14:42:33 +0000 2022",
      "favorited" : false,
      "full_text" : "@gull_watcher i'd say about 400 burrows on the north slope this year, but the count will tell. they don't sit still for it.",
      "lang" : "en",
      "in_reply_to_status_id" : "1548669234312118275",
      "in_reply_to_status_id_str" : "1548669234312118275",
      "in_reply_to_user_id" : "2871663042",
      "in_reply_to_user_id_str" : "2871663042",
      "in_reply_to_screen_name" : "gull_watcher",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1548679552299958405"
          ],
          "editableUntil" : "2022-07-17T15:42:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "14",
      "id_str" : "1547932290905014404",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1547932290905014404",
      "created_at" : "Fri Jul 15 13:13:12 +0000 2022",
      "favorited" : false,
      "full_text" : "jen went home today. the house is very quiet. biscuit sat on her chair all afternoon. &lt;3",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1547932290905014404"
          ],
          "editableUntil" : "2022-07-15T14:13:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "15",
      "id_str" : "1547141069009846403",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1547141069009846403",
      "created_at" : "Wed Jul 13 08:49:10 +0000 2022",
      "favorited" : false,
      "full_text" : "fog again. bertha, bertha, bertha. jen has asked if she can be switched off. no, jen. she can't. 🌫️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1547141069009846403"
          ],
          "editableUntil" : "2022-07-13T09:49:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/8864020000",
            "expanded_url" : "https://example.org/skerrow/wrecks",
            "display_url" : "example.org/skerrow/wrecks"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "11",
      "id_str" : "1546439089320886402",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1546439089320886402",
      "created_at" : "Mon Jul 11 10:19:45 +0000 2022",
      "favorited" : false,
      "full_text" : "there's a map of every shipwreck round this coast at https://t.co/8864020000 &amp; it's a long list. it's why we're here.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1546439089320886402"
          ],
          "editableUntil" : "2022-07-11T11:19:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "8",
      "id_str" : "1546176743994294401",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1546176743994294401",
      "created_at" : "Sun Jul 10 16:57:17 +0000 2022",
      "favorited" : false,
      "full_text" : "basking shark in the sound. huge, slow, mouth open like a letterbox. jen screamed. the shark didn't mind.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1546176743994294401"
          ],
          "editableUntil" : "2022-07-10T17:57:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "boatday"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "13",
      "id_str" : "1545090935157686400",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1545090935157686400",
      "created_at" : "Thu Jul 07 17:02:40 +0000 2022",
      "favorited" : false,
      "full_text" : "jen arrived on tam's boat, green in the face, with three bags &amp; a cake. the cake survived the crossing. jen mostly did. #boatday",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1545090935157686400"
          ],
          "editableUntil" : "2022-07-07T18:02:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "url" : "https://t.co/m69590399",
            "expanded_url" : "https://twitter.com/me/status/1545035993969590399/photo/1",
            "media_url_https" : "https://pbs.twimg.com/media/x.jpg",
            "type" : "photo"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "33",
      "id_str" : "1545035993969590399",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1545035993969590399",
      "created_at" : "Thu Jul 07 13:24:21 +0000 2022",
      "favorited" : false,
      "full_text" : "the tower, half painted. it looks like it's wearing a sock. https://t.co/m69590399",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1545035993969590399"
          ],
          "editableUntil" : "2022-07-07T14:24:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "155"
      ],
      "favorite_count" : "8",
      "id_str" : "1544629708518326398",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1544629708518326398",
      "created_at" : "Wed Jul 06 10:29:55 +0000 2022",
      "favorited" : false,
      "full_text" : "a yacht called in at the landing to ask for water. they left with water, a bag of scones &amp; a long talk about the weather. they didn't ask for the talk.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1544629708518326398"
          ],
          "editableUntil" : "2022-07-06T11:29:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "8",
      "id_str" : "1544097493283766397",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1544097493283766397",
      "created_at" : "Mon Jul 04 23:15:05 +0000 2022",
      "favorited" : false,
      "full_text" : "jen &amp; i on the bench with the puffins &amp; a bottle of wine. she says she understands now. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1544097493283766397"
          ],
          "editableUntil" : "2022-07-05T00:15:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "5",
      "id_str" : "1542771501822902396",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1542771501822902396",
      "created_at" : "Fri Jul 01 07:26:04 +0000 2022",
      "favorited" : false,
      "full_text" : "wind w 4. painting the tower this week. white, then the red band. every summer i forget how tall it is.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1542771501822902396"
          ],
          "editableUntil" : "2022-07-01T08:26:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "jen_in_town",
            "name" : "jen_in_town"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "17",
      "id_str" : "1542454328554422395",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1542454328554422395",
      "created_at" : "Thu Jun 30 10:25:44 +0000 2022",
      "favorited" : false,
      "full_text" : "@jen_in_town bring boots, not the nice shoes. &amp; a proper coat. yes, in july. you've been here before, you know what it's like.",
      "lang" : "en",
      "in_reply_to_status_id" : "1542445520516022275",
      "in_reply_to_status_id_str" : "1542445520516022275",
      "in_reply_to_user_id" : "1984402231",
      "in_reply_to_user_id_str" : "1984402231",
      "in_reply_to_screen_name" : "jen_in_town",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1542454328554422395"
          ],
          "editableUntil" : "2022-06-30T11:25:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "10",
      "id_str" : "1541612368163766394",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1541612368163766394",
      "created_at" : "Tue Jun 28 02:40:05 +0000 2022",
      "favorited" : false,
      "full_text" : "midnight &amp; it's not even dark. a blue glow in the north the whole night through. the old girl turning in the half light. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1541612368163766394"
          ],
          "editableUntil" : "2022-06-28T03:40:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "16",
      "id_str" : "1541406633358262393",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1541406633358262393",
      "created_at" : "Mon Jun 27 13:02:34 +0000 2022",
      "favorited" : false,
      "full_text" : "the thing about a lighthouse in summer: everyone wants to visit &amp; nobody wants to carry the coal up.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1541406633358262393"
          ],
          "editableUntil" : "2022-06-27T14:02:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "7",
      "id_str" : "1540841195041718392",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1540841195041718392",
      "created_at" : "Sat Jun 25 23:35:43 +0000 2022",
      "favorited" : false,
      "full_text" : "sea slight, visibility excellent, the hills on the mainland so clear you can count the sheep. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1540841195041718392"
          ],
          "editableUntil" : "2022-06-26T00:35:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "7",
      "id_str" : "1539974840578998391",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1539974840578998391",
      "created_at" : "Thu Jun 23 14:13:08 +0000 2022",
      "favorited" : false,
      "full_text" : "a minke whale in the sound this afternoon. three slow rolls &amp; it was gone. i dropped a full mug of tea. worth it. 🌊",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1539974840578998391"
          ],
          "editableUntil" : "2022-06-23T15:13:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "6",
      "id_str" : "1539397209420726390",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1539397209420726390",
      "created_at" : "Tue Jun 21 23:57:50 +0000 2022",
      "favorited" : false,
      "full_text" : "longest day of the year. the lamp was on for four hours &amp; fifty minutes. the old girl gets a rest, &amp; so do i. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1539397209420726390"
          ],
          "editableUntil" : "2022-06-22T00:57:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "3",
      "id_str" : "1539141323322294389",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1539141323322294389",
      "created_at" : "Tue Jun 21 07:01:02 +0000 2022",
      "favorited" : false,
      "full_text" : "wind sw 3 &amp; a soft warm rain. the whole island smells of wet grass &amp; seaweed. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1539141323322294389"
          ],
          "editableUntil" : "2022-06-21T08:01:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "11",
      "id_str" : "1539137523282870388",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1539137523282870388",
      "created_at" : "Tue Jun 21 06:45:56 +0000 2022",
      "favorited" : false,
      "full_text" : "(3/3) evening is tea on the bench &amp; watching the sea. the lamp goes on at eleven &amp; off at four. it barely has time to warm up. lamp lit. 🕯️",
      "lang" : "en",
      "in_reply_to_status_id" : "1539137019966390387",
      "in_reply_to_status_id_str" : "1539137019966390387",
      "in_reply_to_user_id" : "1609387214",
      "in_reply_to_user_id_str" : "1609387214",
      "in_reply_to_screen_name" : "skerrow_light",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1539137523282870388"
          ],
          "editableUntil" : "2022-06-21T07:45:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "14",
      "id_str" : "1539137019966390387",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1539137019966390387",
      "created_at" : "Tue Jun 21 06:43:56 +0000 2022",
      "favorited" : false,
      "full_text" : "(2/3) morning is chores: lens, brass, windows, the generator, the garden. afternoon is whatever broke in the morning. tam on thursdays.",
      "lang" : "en",
      "in_reply_to_status_id" : "1539136516649910386",
      "in_reply_to_status_id_str" : "1539136516649910386",
      "in_reply_to_user_id" : "1609387214",
      "in_reply_to_user_id_str" : "1609387214",
      "in_reply_to_screen_name" : "skerrow_light",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1539137019966390387"
          ],
          "editableUntil" : "2022-06-21T07:43:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "3",
      "id_str" : "1539136516649910386",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1539136516649910386",
      "created_at" : "Tue Jun 21 06:41:56 +0000 2022",
      "favorited" : false,
      "full_text" : "(1/3) midsummer. a day in the life, since people ask. up at four, because the sun is. kettle on, count the puffins, check the log from the night.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1539136516649910386"
          ],
          "editableUntil" : "2022-06-21T07:41:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/1503850000",
            "expanded_url" : "https://twitter.com/puffin_count/status/1538526287360950277",
            "display_url" : "twitter.com/puffin_count/s"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "10",
      "id_str" : "1538571585844150385",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1538571585844150385",
      "created_at" : "Sun Jun 19 17:17:06 +0000 2022",
      "favorited" : false,
      "full_text" : "the count is up on last year. i am taking full credit, since i've been very encouraging. https://t.co/1503850000",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1538571585844150385"
          ],
          "editableUntil" : "2022-06-19T18:17:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "boatday"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "8",
      "id_str" : "1537432320603062384",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1537432320603062384",
      "created_at" : "Thu Jun 16 13:50:04 +0000 2022",
      "favorited" : false,
      "full_text" : "tam brought four birdwatchers, a box of groceries &amp; a sunburn. he never wears a hat. i have told him. #boatday",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1537432320603062384"
          ],
          "editableUntil" : "2022-06-16T14:50:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "13",
      "id_str" : "1537412083086262383",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1537412083086262383",
      "created_at" : "Thu Jun 16 12:29:39 +0000 2022",
      "favorited" : false,
      "full_text" : "made soda bread. it came out flat &amp; heavy &amp; i ate half of it standing up. the sea air makes everything taste better.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1537412083086262383"
          ],
          "editableUntil" : "2022-06-16T13:29:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "0",
      "id_str" : "1536699479225270382",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1536699479225270382",
      "created_at" : "Tue Jun 14 13:18:01 +0000 2022",
      "favorited" : false,
      "full_text" : "jen is coming to visit next month. i have started cleaning things that nobody has looked at since 2019.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1536699479225270382"
          ],
          "editableUntil" : "2022-06-14T14:18:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "url" : "https://t.co/m00406381",
            "expanded_url" : "https://twitter.com/me/status/1536289418900406381/photo/1",
            "media_url_https" : "https://pbs.twimg.com/media/x.jpg",
            "type" : "photo"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "34",
      "id_str" : "1536289418900406381",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1536289418900406381",
      "created_at" : "Mon Jun 13 10:08:35 +0000 2022",
      "favorited" : false,
      "full_text" : "the north slope at nine in the evening. gold light, puffins everywhere. best office in the world. https://t.co/m00406381",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1536289418900406381"
          ],
          "editableUntil" : "2022-06-13T11:08:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "21",
      "id_str" : "1535519642481590380",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1535519642481590380",
      "created_at" : "Sat Jun 11 07:09:46 +0000 2022",
      "favorited" : false,
      "full_text" : "biscuit has come home. he was in the coal shed, looking betrayed. kettle's on. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1535519642481590380"
          ],
          "editableUntil" : "2022-06-11T08:09:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "puffin_count",
            "name" : "puffin_count"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "176"
      ],
      "favorite_count" : "0",
      "id_str" : "1534876009755574379",
      "truncated" : false,
      "retweet_count" : "21",
      "id" : "1534876009755574379",
      "created_at" : "Thu Jun 09 12:32:12 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @puffin_count: this year's count from the skerrow colony: 412 occupied burrows, up from 389. thank you to everyone who counted, especially the keeper, who counted every day.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1534876009755574379"
          ],
          "editableUntil" : "2022-06-09T13:32:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "7",
      "id_str" : "1534131164279734378",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1534131164279734378",
      "created_at" : "Tue Jun 07 11:12:27 +0000 2022",
      "favorited" : false,
      "full_text" : "haar rolled in at noon &amp; hasn't lifted. bertha's been going since one. my ears are ringing &amp; biscuit has left home. 🌫️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1534131164279734378"
          ],
          "editableUntil" : "2022-06-07T12:12:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "10",
      "id_str" : "1533599267812278377",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1533599267812278377",
      "created_at" : "Sun Jun 05 23:58:53 +0000 2022",
      "favorited" : false,
      "full_text" : "wind s 2. the sea is so still i can hear the seals singing on the south rocks. it sounds like a choir that hasn't practised. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1533599267812278377"
          ],
          "editableUntil" : "2022-06-06T00:58:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "tam_the_boat",
            "name" : "tam_the_boat"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "13",
      "id_str" : "1533070944891830376",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1533070944891830376",
      "created_at" : "Sat Jun 04 12:59:31 +0000 2022",
      "favorited" : false,
      "full_text" : "@tam_the_boat a hat, tam. a hat. they sell them at the harbour shop. they are not expensive.",
      "lang" : "en",
      "in_reply_to_status_id" : "1533068176651190275",
      "in_reply_to_status_id_str" : "1533068176651190275",
      "in_reply_to_user_id" : "3718845190",
      "in_reply_to_user_id_str" : "3718845190",
      "in_reply_to_screen_name" : "tam_the_boat",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1533070944891830376"
          ],
          "editableUntil" : "2022-06-04T13:59:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "puffinwatch"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "15",
      "id_str" : "1532410522366902375",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1532410522366902375",
      "created_at" : "Thu Jun 02 17:15:14 +0000 2022",
      "favorited" : false,
      "full_text" : "puffins flying in with beaks full of sand eels, all lined up like a moustache. the chicks are hatched. 🐦 #puffinwatch",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1532410522366902375"
          ],
          "editableUntil" : "2022-06-02T18:15:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/1903740000",
            "expanded_url" : "https://example.org/skerrow/tides",
            "display_url" : "example.org/skerrow/tides"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "5",
      "id_str" : "1531320200459190374",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1531320200459190374",
      "created_at" : "Mon May 30 17:02:41 +0000 2022",
      "favorited" : false,
      "full_text" : "tide tables for the summer are up at https://t.co/1903740000 if you're planning a trip across. check them twice. the sound is not forgiving.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1531320200459190374"
          ],
          "editableUntil" : "2022-05-30T18:02:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "0",
      "id_str" : "1530940263625654373",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1530940263625654373",
      "created_at" : "Sun May 29 15:52:57 +0000 2022",
      "favorited" : false,
      "full_text" : "lighthouse rules, as taught by my gran: keep the glass clean, keep the log honest, keep the kettle full. i've never needed a fourth.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1530940263625654373"
          ],
          "editableUntil" : "2022-05-29T16:52:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "2",
      "id_str" : "1530653561975734372",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1530653561975734372",
      "created_at" : "Sat May 28 20:53:42 +0000 2022",
      "favorited" : false,
      "full_text" : "the brave lass went out at six &amp; came back at nine riding low, full of fish. lamp lit. 🕯️ ⚓",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1530653561975734372"
          ],
          "editableUntil" : "2022-05-28T21:53:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "0",
      "id_str" : "1529772393231286371",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1529772393231286371",
      "created_at" : "Thu May 26 10:32:15 +0000 2022",
      "favorited" : false,
      "full_text" : "a visitor asked me if i get lonely. i have a cat, a gull with opinions, four hundred puffins &amp; the shipping forecast. no.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1529772393231286371"
          ],
          "editableUntil" : "2022-05-26T11:32:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "20",
      "id_str" : "1529350920205238370",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1529350920205238370",
      "created_at" : "Wed May 25 06:37:28 +0000 2022",
      "favorited" : false,
      "full_text" : "wind ne 3. cold for may. two jumpers again. the puffins are carrying grass into their burrows, very busy, very important.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1529350920205238370"
          ],
          "editableUntil" : "2022-05-25T07:37:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "sea_glass_sue",
            "name" : "sea_glass_sue"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "18",
      "id_str" : "1528409634501558369",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1528409634501558369",
      "created_at" : "Sun May 22 16:17:08 +0000 2022",
      "favorited" : false,
      "full_text" : "@sea_glass_sue the green ones come from old bottles, i think. the blue ones are rarer. i keep mine in a jar on the windowsill.",
      "lang" : "en",
      "in_reply_to_status_id" : "1528396044956598275",
      "in_reply_to_status_id_str" : "1528396044956598275",
      "in_reply_to_user_id" : "6043318820",
      "in_reply_to_user_id_str" : "6043318820",
      "in_reply_to_screen_name" : "sea_glass_sue",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1528409634501558369"
          ],
          "editableUntil" : "2022-05-22T17:17:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "5",
      "id_str" : "1528214553228214368",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1528214553228214368",
      "created_at" : "Sun May 22 03:21:57 +0000 2022",
      "favorited" : false,
      "full_text" : "a clear night. you can see the loom of four other lights along the coast from the gallery. we're all out here, keeping watch. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1528214553228214368"
          ],
          "editableUntil" : "2022-05-22T04:21:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "7",
      "id_str" : "1527647391052726367",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1527647391052726367",
      "created_at" : "Fri May 20 13:48:15 +0000 2022",
      "favorited" : false,
      "full_text" : "biscuit brought me a sand eel. a puffin must have dropped it. or he stole it. i'm not asking.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1527647391052726367"
          ],
          "editableUntil" : "2022-05-20T14:48:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "6",
      "id_str" : "1526943557481398366",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1526943557481398366",
      "created_at" : "Wed May 18 15:11:28 +0000 2022",
      "favorited" : false,
      "full_text" : "fixed the leak in the store room roof with a sheet of tin &amp; some optimism. we'll see what the next rain says.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1526943557481398366"
          ],
          "editableUntil" : "2022-05-18T16:11:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "harbour_scones",
            "name" : "harbour_scones"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "20",
      "id_str" : "1526190642164662365",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1526190642164662365",
      "created_at" : "Mon May 16 13:19:39 +0000 2022",
      "favorited" : false,
      "full_text" : "@harbour_scones the tin came back empty &amp; i won't be taking questions. thank you, dougie. &lt;3",
      "lang" : "en",
      "in_reply_to_status_id" : "1526181834126262275",
      "in_reply_to_status_id_str" : "1526181834126262275",
      "in_reply_to_user_id" : "3302519876",
      "in_reply_to_user_id_str" : "3302519876",
      "in_reply_to_screen_name" : "harbour_scones",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1526190642164662365"
          ],
          "editableUntil" : "2022-05-16T14:19:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "12",
      "id_str" : "1525962677547958364",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1525962677547958364",
      "created_at" : "Sun May 15 22:13:48 +0000 2022",
      "favorited" : false,
      "full_text" : "wind sw 5. a warm evening, the first one. sat out until the lamp had to go on. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1525962677547958364"
          ],
          "editableUntil" : "2022-05-15T23:13:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "0",
      "id_str" : "1525028958368694363",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1525028958368694363",
      "created_at" : "Fri May 13 08:23:32 +0000 2022",
      "favorited" : false,
      "full_text" : "up at five. the light comes back so early now. tea on the bench, puffins on the slope, the sound flat as a plate. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1525028958368694363"
          ],
          "editableUntil" : "2022-05-13T09:23:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "boatday"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "17",
      "id_str" : "1524718852502454362",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1524718852502454362",
      "created_at" : "Thu May 12 11:51:17 +0000 2022",
      "favorited" : false,
      "full_text" : "the harbour café sent over a tin of scones with tam. dougie's cheese scones should be a protected species. #boatday",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1524718852502454362"
          ],
          "editableUntil" : "2022-05-12T12:51:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "url" : "https://t.co/m35350361",
            "expanded_url" : "https://twitter.com/me/status/1524417068135350361/photo/1",
            "media_url_https" : "https://pbs.twimg.com/media/x.jpg",
            "type" : "photo"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "33",
      "id_str" : "1524417068135350361",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1524417068135350361",
      "created_at" : "Wed May 11 15:52:06 +0000 2022",
      "favorited" : false,
      "full_text" : "guillemots lined up on the ledge like commuters on a platform. 🐦 https://t.co/m35350361",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1524417068135350361"
          ],
          "editableUntil" : "2022-05-11T16:52:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "18",
      "id_str" : "1523304294118326360",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1523304294118326360",
      "created_at" : "Sun May 08 14:10:20 +0000 2022",
      "favorited" : false,
      "full_text" : "in the log: \"visibility good. three yachts, one trawler, one ferry, one very lost kayak.\" the kayak was fine. i pointed.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1523304294118326360"
          ],
          "editableUntil" : "2022-05-08T15:10:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "13",
      "id_str" : "1523047392998326359",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1523047392998326359",
      "created_at" : "Sat May 07 21:09:30 +0000 2022",
      "favorited" : false,
      "full_text" : "sunset at 21:30 now. lamp lit after ten. the nights are getting so short the old girl barely gets warm. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1523047392998326359"
          ],
          "editableUntil" : "2022-05-07T22:09:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "1",
      "id_str" : "1522123131974582358",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1522123131974582358",
      "created_at" : "Thu May 05 07:56:49 +0000 2022",
      "favorited" : false,
      "full_text" : "a cuckoo calling from the mainland across the sound this morning. you can hear everything on a still day out here. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1522123131974582358"
          ],
          "editableUntil" : "2022-05-05T08:56:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "12",
      "id_str" : "1521890599760822357",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1521890599760822357",
      "created_at" : "Wed May 04 16:32:49 +0000 2022",
      "favorited" : false,
      "full_text" : "kittiwakes nesting on the ledges below the tower. they say their own name all day long. kitti-waaake. it never gets old. well, it gets a bit old.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1521890599760822357"
          ],
          "editableUntil" : "2022-05-04T17:32:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "17",
      "id_str" : "1521044805776310355",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1521044805776310355",
      "created_at" : "Mon May 02 08:31:56 +0000 2022",
      "favorited" : false,
      "full_text" : "wind w 4. the sea pinks are out along the cliff edge, the whole top of the island gone pink &amp; humming with bees. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1521044805776310355"
          ],
          "editableUntil" : "2022-05-02T09:31:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/9343540000",
            "expanded_url" : "https://twitter.com/gull_watcher/status/1520398488695734277",
            "display_url" : "twitter.com/gull_watcher/s"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "2",
      "id_str" : "1520443787178934354",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1520443787178934354",
      "created_at" : "Sat Apr 30 16:43:42 +0000 2022",
      "favorited" : false,
      "full_text" : "she's right about the razorbills. they arrived this week, very smart, very serious, like waiters at a posh hotel. https://t.co/9343540000",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1520443787178934354"
          ],
          "editableUntil" : "2022-04-30T17:43:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "jen_in_town",
            "name" : "jen_in_town"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "12",
      "id_str" : "1519316656059318353",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1519316656059318353",
      "created_at" : "Wed Apr 27 14:04:53 +0000 2022",
      "favorited" : false,
      "full_text" : "@jen_in_town it fits perfectly &amp; i'm wearing it right now. biscuit tried to fight the puffin on the front.",
      "lang" : "en",
      "in_reply_to_status_id" : "1519312126210998275",
      "in_reply_to_status_id_str" : "1519312126210998275",
      "in_reply_to_user_id" : "1984402231",
      "in_reply_to_user_id_str" : "1984402231",
      "in_reply_to_screen_name" : "jen_in_town",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1519316656059318353"
          ],
          "editableUntil" : "2022-04-27T15:04:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "0",
      "id_str" : "1518254268216246352",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1518254268216246352",
      "created_at" : "Sun Apr 24 15:43:20 +0000 2022",
      "favorited" : false,
      "full_text" : "my gran kept this light for thirty years. i still use her teapot. it pours sideways but it makes a better brew than any other pot i own. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1518254268216246352"
          ],
          "editableUntil" : "2022-04-24T16:43:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "17",
      "id_str" : "1517599696745398351",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1517599696745398351",
      "created_at" : "Fri Apr 22 20:22:18 +0000 2022",
      "favorited" : false,
      "full_text" : "the glass is up at 1024. clear, still, the mainland so close you could hear a dog barking. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1517599696745398351"
          ],
          "editableUntil" : "2022-04-22T21:22:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "0",
      "id_str" : "1517174121690038350",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1517174121690038350",
      "created_at" : "Thu Apr 21 16:11:13 +0000 2022",
      "favorited" : false,
      "full_text" : "the ferry is back on its summer timetable. twice a day now, across the sound &amp; back. i wave. sometimes someone waves back.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1517174121690038350"
          ],
          "editableUntil" : "2022-04-21T17:11:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "18",
      "id_str" : "1516317904860086349",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1516317904860086349",
      "created_at" : "Tue Apr 19 07:28:55 +0000 2022",
      "favorited" : false,
      "full_text" : "fog this morning. bertha on for four hours. the puffins don't care &amp; the captain doesn't care. i care, because she is loud. 🌫️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1516317904860086349"
          ],
          "editableUntil" : "2022-04-19T08:28:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "4",
      "id_str" : "1515690789303222348",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1515690789303222348",
      "created_at" : "Sun Apr 17 13:56:59 +0000 2022",
      "favorited" : false,
      "full_text" : "painted the railing on the seaward side. tomorrow the wind will blow salt at it &amp; we'll start all over again.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1515690789303222348"
          ],
          "editableUntil" : "2022-04-17T14:56:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "14",
      "id_str" : "1515638142399414347",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1515638142399414347",
      "created_at" : "Sun Apr 17 10:27:47 +0000 2022",
      "favorited" : false,
      "full_text" : "easter on the island: one egg, one cat, one keeper, one lighthouse. a full table.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1515638142399414347"
          ],
          "editableUntil" : "2022-04-17T11:27:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "puffin_count",
            "name" : "puffin_count"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "1",
      "id_str" : "1515270465516470346",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1515270465516470346",
      "created_at" : "Sat Apr 16 10:06:46 +0000 2022",
      "favorited" : false,
      "full_text" : "@puffin_count 41 on the north slope on the 4th, 63 by the 12th. i'll keep counting at teatime like last year.",
      "lang" : "en",
      "in_reply_to_status_id" : "1515261154161590275",
      "in_reply_to_status_id_str" : "1515261154161590275",
      "in_reply_to_user_id" : "2256108843",
      "in_reply_to_user_id_str" : "2256108843",
      "in_reply_to_screen_name" : "puffin_count",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1515270465516470346"
          ],
          "editableUntil" : "2022-04-16T11:06:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "17",
      "id_str" : "1514712631473078345",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1514712631473078345",
      "created_at" : "Thu Apr 14 21:10:08 +0000 2022",
      "favorited" : false,
      "full_text" : "biscuit tried to stalk a puffin tonight. the puffin stood its ground. biscuit came home. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1514712631473078345"
          ],
          "editableUntil" : "2022-04-14T22:10:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "boatday"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "1",
      "id_str" : "1514633921164214344",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1514633921164214344",
      "created_at" : "Thu Apr 14 15:57:22 +0000 2022",
      "favorited" : false,
      "full_text" : "tam brought two birdwatchers over today. they were very polite &amp; very excited &amp; one of them cried at the puffins. fair enough. #boatday",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1514633921164214344"
          ],
          "editableUntil" : "2022-04-14T16:57:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "url" : "https://t.co/m98262343",
            "expanded_url" : "https://twitter.com/me/status/1513910349198262343/photo/1",
            "media_url_https" : "https://pbs.twimg.com/media/x.jpg",
            "type" : "photo"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "14",
      "id_str" : "1513910349198262343",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1513910349198262343",
      "created_at" : "Tue Apr 12 16:02:09 +0000 2022",
      "favorited" : false,
      "full_text" : "the lens catching the morning sun. for a minute the whole lamp room is full of little rainbows. https://t.co/m98262343",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1513910349198262343"
          ],
          "editableUntil" : "2022-04-12T17:02:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "21",
      "id_str" : "1512677341262774342",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1512677341262774342",
      "created_at" : "Sat Apr 09 06:22:37 +0000 2022",
      "favorited" : false,
      "full_text" : "kettle's on. the tuxedo lot are already up &amp; bickering on the slope. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1512677341262774342"
          ],
          "editableUntil" : "2022-04-09T07:22:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "12",
      "id_str" : "1512183222891446341",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1512183222891446341",
      "created_at" : "Thu Apr 07 21:39:10 +0000 2022",
      "favorited" : false,
      "full_text" : "wind nw 3. the sound full of puffins rafting on the water at dusk, hundreds of little black dots. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1512183222891446341"
          ],
          "editableUntil" : "2022-04-07T22:39:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "1",
      "id_str" : "1512059813884854340",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1512059813884854340",
      "created_at" : "Thu Apr 07 13:28:47 +0000 2022",
      "favorited" : false,
      "full_text" : "spring cleaning the lamp room. found a pencil from 1974 behind the clockwork housing. it still writes.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1512059813884854340"
          ],
          "editableUntil" : "2022-04-07T14:28:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "8",
      "id_str" : "1511099230188470339",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1511099230188470339",
      "created_at" : "Mon Apr 04 21:51:46 +0000 2022",
      "favorited" : false,
      "full_text" : "wind s 3, sea slight, the sound like glass. long pink evening. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1511099230188470339"
          ],
          "editableUntil" : "2022-04-04T22:51:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "puffinwatch"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "4",
      "id_str" : "1510656710144950338",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1510656710144950338",
      "created_at" : "Sun Apr 03 16:33:21 +0000 2022",
      "favorited" : false,
      "full_text" : "forty-one puffins on the slope today. i count them with my tea on the bench. this is the best part of the job &amp; i won't hear otherwise. #puffinwatch",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1510656710144950338"
          ],
          "editableUntil" : "2022-04-03T17:33:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "puffinwatch"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "2",
      "id_str" : "1510522282701750337",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1510522282701750337",
      "created_at" : "Sun Apr 03 07:39:11 +0000 2022",
      "favorited" : false,
      "full_text" : "(3/3) from now until august the island belongs to them &amp; i'm just the woman who lives in the tall building. 🐦 #puffinwatch",
      "lang" : "en",
      "in_reply_to_status_id" : "1510521779385270336",
      "in_reply_to_status_id_str" : "1510521779385270336",
      "in_reply_to_user_id" : "1609387214",
      "in_reply_to_user_id_str" : "1609387214",
      "in_reply_to_screen_name" : "skerrow_light",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1510522282701750337"
          ],
          "editableUntil" : "2022-04-03T08:39:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "22",
      "id_str" : "1510521779385270336",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1510521779385270336",
      "created_at" : "Sun Apr 03 07:37:11 +0000 2022",
      "favorited" : false,
      "full_text" : "(2/3) they'll spend the next week sorting out burrows, which mostly looks like shouting at neighbours &amp; kicking earth at each other.",
      "lang" : "en",
      "in_reply_to_status_id" : "1510521276068790335",
      "in_reply_to_status_id_str" : "1510521276068790335",
      "in_reply_to_user_id" : "1609387214",
      "in_reply_to_user_id_str" : "1609387214",
      "in_reply_to_screen_name" : "skerrow_light",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1510521779385270336"
          ],
          "editableUntil" : "2022-04-03T08:37:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "10",
      "id_str" : "1510521276068790335",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1510521276068790335",
      "created_at" : "Sun Apr 03 07:35:11 +0000 2022",
      "favorited" : false,
      "full_text" : "(1/3) they're back. first puffins of the year on the north slope this morning, seven of them, standing about like they own it.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1510521276068790335"
          ],
          "editableUntil" : "2022-04-03T08:35:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "0",
      "id_str" : "1509211306849206334",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1509211306849206334",
      "created_at" : "Wed Mar 30 16:49:50 +0000 2022",
      "favorited" : false,
      "full_text" : "the seal committee has a new member. smaller, rounder, shouts a lot. they seem to have voted him in.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1509211306849206334"
          ],
          "editableUntil" : "2022-03-30T17:49:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/9263330000",
            "expanded_url" : "https://twitter.com/north_light_kit/status/1508790848844726277",
            "display_url" : "twitter.com/north_light_ki"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "18",
      "id_str" : "1508836147327926333",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1508836147327926333",
      "created_at" : "Tue Mar 29 15:59:05 +0000 2022",
      "favorited" : false,
      "full_text" : "kit's place always looks tidier than mine. i'm choosing to believe she cleans it only for photographs. https://t.co/9263330000",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1508836147327926333"
          ],
          "editableUntil" : "2022-03-29T16:59:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "18",
      "id_str" : "1507803492905910332",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1507803492905910332",
      "created_at" : "Sat Mar 26 19:35:41 +0000 2022",
      "favorited" : false,
      "full_text" : "lighter in the evenings now. lamp lit at 18:40 &amp; still a glow in the west. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1507803492905910332"
          ],
          "editableUntil" : "2022-03-26T20:35:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "12",
      "id_str" : "1507729320833974331",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1507729320833974331",
      "created_at" : "Sat Mar 26 14:40:57 +0000 2022",
      "favorited" : false,
      "full_text" : "in the log: \"lamp 19:12 to 06:44. wind sw 9 -&gt; w 6. sea very rough. one vessel sheltering. all well.\" all well is my favourite entry.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1507729320833974331"
          ],
          "editableUntil" : "2022-03-26T15:40:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "4",
      "id_str" : "1506885829522358330",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1506885829522358330",
      "created_at" : "Thu Mar 24 06:49:13 +0000 2022",
      "favorited" : false,
      "full_text" : "storm's blown through. the sea is still lumpy but the sky is washed clean. kettle's on &amp; i'm having two biscuits, the edible kind. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1506885829522358330"
          ],
          "editableUntil" : "2022-03-24T07:49:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "17",
      "id_str" : "1505713609634742329",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1505713609634742329",
      "created_at" : "Mon Mar 21 01:11:14 +0000 2022",
      "favorited" : false,
      "full_text" : "wind sw 9, severe gale. the windows are singing. biscuit is on top of the wardrobe. i am on the stairs with a torch &amp; a flask.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1505713609634742329"
          ],
          "editableUntil" : "2022-03-21T02:11:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "url" : "https://t.co/m11798328",
            "expanded_url" : "https://twitter.com/me/status/1505592348111798328/photo/1",
            "media_url_https" : "https://pbs.twimg.com/media/x.jpg",
            "type" : "photo"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "19",
      "id_str" : "1505592348111798328",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1505592348111798328",
      "created_at" : "Sun Mar 20 17:09:23 +0000 2022",
      "favorited" : false,
      "full_text" : "the captain, on the railing, in a gale, looking like he pays rent. 🐦 https://t.co/m11798328",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1505592348111798328"
          ],
          "editableUntil" : "2022-03-20T18:09:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "boatday"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "22",
      "id_str" : "1504447957431222327",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1504447957431222327",
      "created_at" : "Thu Mar 17 13:21:59 +0000 2022",
      "favorited" : false,
      "full_text" : "tam brought the coal, a sack of potatoes &amp; a rumour about the harbour café getting a new oven. big news. #boatday",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1504447957431222327"
          ],
          "editableUntil" : "2022-03-17T14:21:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "19",
      "id_str" : "1504360434889654326",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1504360434889654326",
      "created_at" : "Thu Mar 17 07:34:12 +0000 2022",
      "favorited" : false,
      "full_text" : "two oystercatchers on the landing, shrieking at each other like a married couple. spring must be close. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1504360434889654326"
          ],
          "editableUntil" : "2022-03-17T08:34:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "6",
      "id_str" : "1503475763901366325",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1503475763901366325",
      "created_at" : "Mon Mar 14 20:58:50 +0000 2022",
      "favorited" : false,
      "full_text" : "the brave lass came in close to shelter behind the island tonight. her lights bobbing in the lee. glad to have company. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1503475763901366325"
          ],
          "editableUntil" : "2022-03-14T21:58:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "north_light_kit",
            "name" : "north_light_kit"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "0",
      "id_str" : "1503006052185014324",
      "truncated" : false,
      "retweet_count" : "18",
      "id" : "1503006052185014324",
      "created_at" : "Sun Mar 13 13:52:22 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @north_light_kit: first daffodil at the north light. one. it's very brave. we are all very proud of it.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1503006052185014324"
          ],
          "editableUntil" : "2022-03-13T14:52:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "3",
      "id_str" : "1502668796588982323",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1502668796588982323",
      "created_at" : "Sat Mar 12 15:32:14 +0000 2022",
      "favorited" : false,
      "full_text" : "daffodils by the tower door, leaning sideways in the wind but still going. i planted them my first spring here.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1502668796588982323"
          ],
          "editableUntil" : "2022-03-12T16:32:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "11",
      "id_str" : "1501475089281974322",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1501475089281974322",
      "created_at" : "Wed Mar 09 08:28:52 +0000 2022",
      "favorited" : false,
      "full_text" : "equinox gales on the way. the glass is sliding &amp; the gulls have all gone quiet. i've brought the washing in.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1501475089281974322"
          ],
          "editableUntil" : "2022-03-09T09:28:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "17",
      "id_str" : "1501207773705142321",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1501207773705142321",
      "created_at" : "Tue Mar 08 14:46:39 +0000 2022",
      "favorited" : false,
      "full_text" : "the old logbooks go back to 1902. i read a page from march 1931 tonight: \"wind sw 9. sea high. lamp lit. all well.\" some things don't change.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1501207773705142321"
          ],
          "editableUntil" : "2022-03-08T15:46:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "3",
      "id_str" : "1500559544021942320",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1500559544021942320",
      "created_at" : "Sun Mar 06 19:50:49 +0000 2022",
      "favorited" : false,
      "full_text" : "(4/4) my job is to keep it clean, keep it turning &amp; keep an eye on it all night. the old girl does the rest. lamp lit. 🕯️",
      "lang" : "en",
      "in_reply_to_status_id" : "1500559040705462319",
      "in_reply_to_status_id_str" : "1500559040705462319",
      "in_reply_to_user_id" : "1609387214",
      "in_reply_to_user_id_str" : "1609387214",
      "in_reply_to_screen_name" : "skerrow_light",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1500559544021942320"
          ],
          "editableUntil" : "2022-03-06T20:50:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "209"
      ],
      "favorite_count" : "18",
      "id_str" : "1500559040705462319",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1500559040705462319",
      "created_at" : "Sun Mar 06 19:48:49 +0000 2022",
      "favorited" : false,
      "full_text" : "(3/4) the lens turns on a bed of bearings, once every forty seconds, so from the sea you see a flash every ten. every light on this coast has its own pattern, so a ship knows exactly which one it's looking at.",
      "lang" : "en",
      "in_reply_to_status_id" : "1500558537388982318",
      "in_reply_to_status_id_str" : "1500558537388982318",
      "in_reply_to_user_id" : "1609387214",
      "in_reply_to_user_id_str" : "1609387214",
      "in_reply_to_screen_name" : "skerrow_light",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1500559040705462319"
          ],
          "editableUntil" : "2022-03-06T20:48:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "162"
      ],
      "favorite_count" : "1",
      "id_str" : "1500558537388982318",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1500558537388982318",
      "created_at" : "Sun Mar 06 19:46:49 +0000 2022",
      "favorited" : false,
      "full_text" : "(2/4) the light itself is small, not much more than a big bulb these days. the magic is the lens around it: rings of glass that bend all that light into one beam.",
      "lang" : "en",
      "in_reply_to_status_id" : "1500558034072502317",
      "in_reply_to_status_id_str" : "1500558034072502317",
      "in_reply_to_user_id" : "1609387214",
      "in_reply_to_user_id_str" : "1609387214",
      "in_reply_to_screen_name" : "skerrow_light",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1500558537388982318"
          ],
          "editableUntil" : "2022-03-06T20:46:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "21",
      "id_str" : "1500558034072502317",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1500558034072502317",
      "created_at" : "Sun Mar 06 19:44:49 +0000 2022",
      "favorited" : false,
      "full_text" : "(1/4) a few people asked how the lamp works, so here goes.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1500558034072502317"
          ],
          "editableUntil" : "2022-03-06T20:44:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "gull_watcher",
            "name" : "gull_watcher"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "18",
      "id_str" : "1500151241110454316",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1500151241110454316",
      "created_at" : "Sat Mar 05 16:48:22 +0000 2022",
      "favorited" : false,
      "full_text" : "@gull_watcher the first gannets on the 2nd. they always come back before i'm ready for them.",
      "lang" : "en",
      "in_reply_to_status_id" : "1500146711262134275",
      "in_reply_to_status_id_str" : "1500146711262134275",
      "in_reply_to_user_id" : "2871663042",
      "in_reply_to_user_id_str" : "2871663042",
      "in_reply_to_screen_name" : "gull_watcher",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1500151241110454316"
          ],
          "editableUntil" : "2022-03-05T17:48:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "6",
      "id_str" : "1499040144815030315",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1499040144815030315",
      "created_at" : "Wed Mar 02 15:13:16 +0000 2022",
      "favorited" : false,
      "full_text" : "spent the day on the lens. 320 prisms of old glass &amp; every one of them needs a soft cloth &amp; some patience.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1499040144815030315"
          ],
          "editableUntil" : "2022-03-02T16:13:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "22",
      "id_str" : "1498573834679222314",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1498573834679222314",
      "created_at" : "Tue Mar 01 08:20:19 +0000 2022",
      "favorited" : false,
      "full_text" : "wind e 3. cold &amp; bright. the first gannets are back, folding up &amp; dropping into the sound like someone throwing darts. 🐦",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1498573834679222314"
          ],
          "editableUntil" : "2022-03-01T09:20:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "21",
      "id_str" : "1498253033337782313",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1498253033337782313",
      "created_at" : "Mon Feb 28 11:05:34 +0000 2022",
      "favorited" : false,
      "full_text" : "jen sent a parcel: two novels, a tin of shortbread &amp; a jumper with a puffin on it. she knows me too well. &lt;3",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1498253033337782313"
          ],
          "editableUntil" : "2022-02-28T12:05:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "14",
      "id_str" : "1497639905784758312",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1497639905784758312",
      "created_at" : "Sat Feb 26 18:29:13 +0000 2022",
      "favorited" : false,
      "full_text" : "wind nw 6 &amp; rising. sea getting up, spray over the landing. tam will not be coming thursday. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1497639905784758312"
          ],
          "editableUntil" : "2022-02-26T19:29:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "10",
      "id_str" : "1497123574379446311",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1497123574379446311",
      "created_at" : "Fri Feb 25 08:17:30 +0000 2022",
      "favorited" : false,
      "full_text" : "the captain has started knocking on the kitchen window with his beak at 7am. he wants toast. he is not getting toast.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1497123574379446311"
          ],
          "editableUntil" : "2022-02-25T09:17:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "6",
      "id_str" : "1496479031489462310",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1496479031489462310",
      "created_at" : "Wed Feb 23 13:36:19 +0000 2022",
      "favorited" : false,
      "full_text" : "mended the gate to the garden. it has blown open &amp; shut every night for a month. the silence is almost worse.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1496479031489462310"
          ],
          "editableUntil" : "2022-02-23T14:36:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "url" : "https://t.co/m77494309",
            "expanded_url" : "https://twitter.com/me/status/1496440896877494309/photo/1",
            "media_url_https" : "https://pbs.twimg.com/media/x.jpg",
            "type" : "photo"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "20",
      "id_str" : "1496440896877494309",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1496440896877494309",
      "created_at" : "Wed Feb 23 11:04:47 +0000 2022",
      "favorited" : false,
      "full_text" : "sunset over the west skerries. orange for a minute, then straight to dark. 🌊 https://t.co/m77494309",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1496440896877494309"
          ],
          "editableUntil" : "2022-02-23T12:04:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "16",
      "id_str" : "1495449296303030308",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1495449296303030308",
      "created_at" : "Sun Feb 20 17:24:31 +0000 2022",
      "favorited" : false,
      "full_text" : "the committee is back on the south rocks. eleven seals, all facing the same way, like they're waiting for a bus. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1495449296303030308"
          ],
          "editableUntil" : "2022-02-20T18:24:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "tam_the_boat",
            "name" : "tam_the_boat"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "4",
      "id_str" : "1495405755233206307",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1495405755233206307",
      "created_at" : "Sun Feb 20 14:31:30 +0000 2022",
      "favorited" : false,
      "full_text" : "@tam_the_boat you say that every week &amp; every week the milk is a day from turning. bring the proper stuff this time, tam.",
      "lang" : "en",
      "in_reply_to_status_id" : "1495398457144246275",
      "in_reply_to_status_id_str" : "1495398457144246275",
      "in_reply_to_user_id" : "3718845190",
      "in_reply_to_user_id_str" : "3718845190",
      "in_reply_to_screen_name" : "tam_the_boat",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1495405755233206307"
          ],
          "editableUntil" : "2022-02-20T15:31:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "8",
      "id_str" : "1494562893067190306",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1494562893067190306",
      "created_at" : "Fri Feb 18 06:42:16 +0000 2022",
      "favorited" : false,
      "full_text" : "wind s 4. soft grey morning, the kind where the sea &amp; the sky can't decide which is which. kettle's on. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1494562893067190306"
          ],
          "editableUntil" : "2022-02-18T07:42:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "4",
      "id_str" : "1493747759444918305",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1493747759444918305",
      "created_at" : "Wed Feb 16 00:43:13 +0000 2022",
      "favorited" : false,
      "full_text" : "can't sleep so i'm sitting with the shipping forecast. \"fair isle, faeroes, southeast iceland.\" better than any lullaby.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1493747759444918305"
          ],
          "editableUntil" : "2022-02-16T01:43:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "7",
      "id_str" : "1493586236797878304",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1493586236797878304",
      "created_at" : "Tue Feb 15 14:01:23 +0000 2022",
      "favorited" : false,
      "full_text" : "a container ship went by this morning, the big red one. i always wonder what's inside. probably socks. ⚓",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1493586236797878304"
          ],
          "editableUntil" : "2022-02-15T15:01:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "1",
      "id_str" : "1492912098898870303",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1492912098898870303",
      "created_at" : "Sun Feb 13 17:22:36 +0000 2022",
      "favorited" : false,
      "full_text" : "glass steady at 1012. calm sea, clear sky, the mainland lights all twinkling across the sound. a quiet one. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1492912098898870303"
          ],
          "editableUntil" : "2022-02-13T18:22:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "21",
      "id_str" : "1492819174093750302",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1492819174093750302",
      "created_at" : "Sun Feb 13 11:13:21 +0000 2022",
      "favorited" : false,
      "full_text" : "a good day for the log: nothing broke, nobody needed rescuing &amp; the captain only knocked on the window twice.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1492819174093750302"
          ],
          "editableUntil" : "2022-02-13T12:13:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "url" : "https://t.co/m41398301",
            "expanded_url" : "https://twitter.com/me/status/1491734996841398301/photo/1",
            "media_url_https" : "https://pbs.twimg.com/media/x.jpg",
            "type" : "photo"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "36",
      "id_str" : "1491734996841398301",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1491734996841398301",
      "created_at" : "Thu Feb 10 11:25:13 +0000 2022",
      "favorited" : false,
      "full_text" : "biscuit discovering snow. he is not a fan. 🐈 https://t.co/m41398301",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1491734996841398301"
          ],
          "editableUntil" : "2022-02-10T12:25:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "2",
      "id_str" : "1491396315182006300",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1491396315182006300",
      "created_at" : "Wed Feb 09 12:59:25 +0000 2022",
      "favorited" : false,
      "full_text" : "the thing nobody tells you about keeping a light: most of it is cleaning. brass, glass, windows, floors, more glass.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1491396315182006300"
          ],
          "editableUntil" : "2022-02-09T13:59:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "0",
      "id_str" : "1491315029570486299",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1491315029570486299",
      "created_at" : "Wed Feb 09 07:36:25 +0000 2022",
      "favorited" : false,
      "full_text" : "snow on the island for the first time this winter. the gulls walk about on it like it's a personal insult. 🐦",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1491315029570486299"
          ],
          "editableUntil" : "2022-02-09T08:36:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "16",
      "id_str" : "1490389808051126298",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1490389808051126298",
      "created_at" : "Sun Feb 06 18:19:55 +0000 2022",
      "favorited" : false,
      "full_text" : "long day of wind. lamp lit. 🕯️ that's all i've got.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1490389808051126298"
          ],
          "editableUntil" : "2022-02-06T19:19:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "boatday"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "6",
      "id_str" : "1489284730581942297",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1489284730581942297",
      "created_at" : "Thu Feb 03 17:08:44 +0000 2022",
      "favorited" : false,
      "full_text" : "tam came over with the post, two loaves &amp; a newspaper from last tuesday. news travels slowly out here &amp; i prefer it that way. #boatday",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1489284730581942297"
          ],
          "editableUntil" : "2022-02-03T18:08:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "rainy_robbie",
            "name" : "rainy_robbie"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "17",
      "id_str" : "1489224244523958296",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1489224244523958296",
      "created_at" : "Thu Feb 03 13:08:23 +0000 2022",
      "favorited" : false,
      "full_text" : "@rainy_robbie 1012 steady all day &amp; not a breath of wind. i don't trust it one bit.",
      "lang" : "en",
      "in_reply_to_status_id" : "1489218708042678275",
      "in_reply_to_status_id_str" : "1489218708042678275",
      "in_reply_to_user_id" : "5519023678",
      "in_reply_to_user_id_str" : "5519023678",
      "in_reply_to_screen_name" : "rainy_robbie",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1489224244523958296"
          ],
          "editableUntil" : "2022-02-03T14:08:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "4",
      "id_str" : "1488932224496566295",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1488932224496566295",
      "created_at" : "Wed Feb 02 17:48:00 +0000 2022",
      "favorited" : false,
      "full_text" : "someone asked what i listen to out here. the shipping forecast, the wind &amp; biscuit snoring. in that order. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1488932224496566295"
          ],
          "editableUntil" : "2022-02-02T18:48:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "18",
      "id_str" : "1488396666401718294",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1488396666401718294",
      "created_at" : "Tue Feb 01 06:19:53 +0000 2022",
      "favorited" : false,
      "full_text" : "wind w 5, veering nw. the fulmars are back on the cliffs, cackling at each other like old men outside the pub. spring is a rumour.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1488396666401718294"
          ],
          "editableUntil" : "2022-02-01T07:19:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "gull_watcher",
            "name" : "gull_watcher"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "15",
      "id_str" : "1487747224564662293",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1487747224564662293",
      "created_at" : "Sun Jan 30 11:19:14 +0000 2022",
      "favorited" : false,
      "full_text" : "@gull_watcher no, the captain has only ever had the one leg. he manages fine. he just leans into the wind at a funny angle.",
      "lang" : "en",
      "in_reply_to_status_id" : "1487744204665782275",
      "in_reply_to_status_id_str" : "1487744204665782275",
      "in_reply_to_user_id" : "2871663042",
      "in_reply_to_user_id_str" : "2871663042",
      "in_reply_to_screen_name" : "gull_watcher",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1487747224564662293"
          ],
          "editableUntil" : "2022-01-30T12:19:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "17",
      "id_str" : "1487491518821302292",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1487491518821302292",
      "created_at" : "Sat Jan 29 18:23:09 +0000 2022",
      "favorited" : false,
      "full_text" : "supper: soda bread, cheese &amp; the last of jen's chutney. wind dropping, stars out over the sound. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1487491518821302292"
          ],
          "editableUntil" : "2022-01-29T19:23:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "14",
      "id_str" : "1486975422297014291",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1486975422297014291",
      "created_at" : "Fri Jan 28 08:12:22 +0000 2022",
      "favorited" : false,
      "full_text" : "bertha sounded for three hours this morning. fog so thick i couldn't see the end of the railing. the captain sat in it anyway. 🌫️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1486975422297014291"
          ],
          "editableUntil" : "2022-01-28T09:12:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "13",
      "id_str" : "1486016491156406290",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1486016491156406290",
      "created_at" : "Tue Jan 25 16:41:55 +0000 2022",
      "favorited" : false,
      "full_text" : "biscuit has claimed the logbook as a bed. i am writing today's entry around a ginger tail.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1486016491156406290"
          ],
          "editableUntil" : "2022-01-25T17:41:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "1",
      "id_str" : "1485663167181750289",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1485663167181750289",
      "created_at" : "Mon Jan 24 17:17:56 +0000 2022",
      "favorited" : false,
      "full_text" : "the shortest days are behind us. lamp lit at 16:02 tonight, a good few minutes later than at christmas. i count every one. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1485663167181750289"
          ],
          "editableUntil" : "2022-01-24T18:17:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "1",
      "id_str" : "1485199746921398288",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1485199746921398288",
      "created_at" : "Sun Jan 23 10:36:28 +0000 2022",
      "favorited" : false,
      "full_text" : "the lighthouse board sent a form asking if the lamp has \"any issues.\" i wrote \"no\" &amp; then, underneath, \"she is perfect.\" i hope that's allowed.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1485199746921398288"
          ],
          "editableUntil" : "2022-01-23T11:36:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "7",
      "id_str" : "1484510064931766287",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1484510064931766287",
      "created_at" : "Fri Jan 21 12:55:55 +0000 2022",
      "favorited" : false,
      "full_text" : "in the log: \"wind sw 6, sea rough, visibility good. one trawler passing east, the brave lass. waved.\" she always waves back.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1484510064931766287"
          ],
          "editableUntil" : "2022-01-21T13:55:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "9",
      "id_str" : "1483690246271926286",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1483690246271926286",
      "created_at" : "Wed Jan 19 06:38:15 +0000 2022",
      "favorited" : false,
      "full_text" : "frost on the inside of the kitchen window. porridge, two jumpers &amp; a very strong brew. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1483690246271926286"
          ],
          "editableUntil" : "2022-01-19T07:38:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "4",
      "id_str" : "1483468677968822285",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1483468677968822285",
      "created_at" : "Tue Jan 18 15:57:49 +0000 2022",
      "favorited" : false,
      "full_text" : "aurora tonight. faint, green, low over the north. biscuit unimpressed. i stood out in the cold for an hour with my tea. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1483468677968822285"
          ],
          "editableUntil" : "2022-01-18T16:57:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "url" : "https://t.co/m26902284",
            "expanded_url" : "https://twitter.com/me/status/1482338396926902284/photo/1",
            "media_url_https" : "https://pbs.twimg.com/media/x.jpg",
            "type" : "photo"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "34",
      "id_str" : "1482338396926902284",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1482338396926902284",
      "created_at" : "Sat Jan 15 13:06:29 +0000 2022",
      "favorited" : false,
      "full_text" : "the sea this afternoon. grey on grey on grey, with white bits. 🌊 https://t.co/m26902284",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1482338396926902284"
          ],
          "editableUntil" : "2022-01-15T14:06:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "screen_name" : "north_light_kit",
            "name" : "north_light_kit"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "7",
      "id_str" : "1481665945138102283",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1481665945138102283",
      "created_at" : "Thu Jan 13 16:34:24 +0000 2022",
      "favorited" : false,
      "full_text" : "@north_light_kit force 9 here too. the windows are singing. stay warm up there, kit. 🕯️",
      "lang" : "en",
      "in_reply_to_status_id" : "1481650845643702275",
      "in_reply_to_status_id_str" : "1481650845643702275",
      "in_reply_to_user_id" : "4120977315",
      "in_reply_to_user_id_str" : "4120977315",
      "in_reply_to_screen_name" : "north_light_kit",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1481665945138102283"
          ],
          "editableUntil" : "2022-01-13T17:34:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "boatday"
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "9",
      "id_str" : "1481623343592374282",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1481623343592374282",
      "created_at" : "Thu Jan 13 13:45:07 +0000 2022",
      "favorited" : false,
      "full_text" : "no boat today. force 8 in the sound &amp; no sense risking it. we have tea, tins &amp; a cat. we'll manage. #boatday",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1481623343592374282"
          ],
          "editableUntil" : "2022-01-13T14:45:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "21",
      "id_str" : "1480453434766262281",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1480453434766262281",
      "created_at" : "Mon Jan 10 08:16:19 +0000 2022",
      "favorited" : false,
      "full_text" : "morning after the gale. one bucket gone, two slates loose, the captain back on the railing like nothing happened. small mercies.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1480453434766262281"
          ],
          "editableUntil" : "2022-01-10T09:16:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "3",
      "id_str" : "1480369569657782280",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1480369569657782280",
      "created_at" : "Mon Jan 10 02:43:04 +0000 2022",
      "favorited" : false,
      "full_text" : "(3/3) back down to the kitchen. biscuit on my lap, radio on low, tea too strong. nothing to do but listen &amp; keep watch. that's the job.",
      "lang" : "en",
      "in_reply_to_status_id" : "1480369066341302279",
      "in_reply_to_status_id_str" : "1480369066341302279",
      "in_reply_to_user_id" : "1609387214",
      "in_reply_to_user_id_str" : "1609387214",
      "in_reply_to_screen_name" : "skerrow_light",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1480369569657782280"
          ],
          "editableUntil" : "2022-01-10T03:43:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "169"
      ],
      "favorite_count" : "20",
      "id_str" : "1480369066341302279",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1480369066341302279",
      "created_at" : "Mon Jan 10 02:41:04 +0000 2022",
      "favorited" : false,
      "full_text" : "(2/3) went up to check the lens. the whole lamp room shivers in the gusts but the beam goes out clean, every ten seconds, like it has done since before my gran was born.",
      "lang" : "en",
      "in_reply_to_status_id" : "1480368563024822278",
      "in_reply_to_status_id_str" : "1480368563024822278",
      "in_reply_to_user_id" : "1609387214",
      "in_reply_to_user_id_str" : "1609387214",
      "in_reply_to_screen_name" : "skerrow_light",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1480369066341302279"
          ],
          "editableUntil" : "2022-01-10T03:41:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "2",
      "id_str" : "1480368563024822278",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1480368563024822278",
      "created_at" : "Mon Jan 10 02:39:04 +0000 2022",
      "favorited" : false,
      "full_text" : "(1/3) 3am &amp; the wind has a voice like a kettle nobody is coming to take off the stove. the old girl turning steady through it all.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1480368563024822278"
          ],
          "editableUntil" : "2022-01-10T03:39:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "2",
      "id_str" : "1479514237825974277",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1479514237825974277",
      "created_at" : "Fri Jan 07 18:04:17 +0000 2022",
      "favorited" : false,
      "full_text" : "the glass is falling fast tonight. 988 -&gt; 971 since lunch. battening down everything that can be battened. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1479514237825974277"
          ],
          "editableUntil" : "2022-01-07T19:04:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "11",
      "id_str" : "1477645977383862276",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1477645977383862276",
      "created_at" : "Sun Jan 02 14:20:29 +0000 2022",
      "favorited" : false,
      "full_text" : "new year's resolution: polish the brass every sunday, not just when tam is bringing visitors. we'll see how long that lasts.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1477645977383862276"
          ],
          "editableUntil" : "2022-01-02T15:20:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "3",
      "id_str" : "1477555661435830275",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1477555661435830275",
      "created_at" : "Sun Jan 02 08:21:36 +0000 2022",
      "favorited" : false,
      "full_text" : "wind n 6. hail at breakfast, sun at lunch, hail again at tea. the island can't make up its mind &amp; neither can my washing.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1477555661435830275"
          ],
          "editableUntil" : "2022-01-02T09:21:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "22",
      "id_str" : "1477541845398454274",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1477541845398454274",
      "created_at" : "Sun Jan 02 07:26:42 +0000 2022",
      "favorited" : false,
      "full_text" : "wind nw 7, gusting 9. the whole tower hums when it blows like this. biscuit has gone under the bed &amp; i don't blame her. kettle's on. ☕",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1477541845398454274"
          ],
          "editableUntil" : "2022-01-02T08:26:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "20",
      "id_str" : "1477319547286454273",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1477319547286454273",
      "created_at" : "Sat Jan 01 16:43:22 +0000 2022",
      "favorited" : false,
      "full_text" : "first night of the new logbook. same four lines every evening: wind, sea, visibility, lamp. lamp lit. 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1477319547286454273"
          ],
          "editableUntil" : "2022-01-01T17:43:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      }
    }
  }
]